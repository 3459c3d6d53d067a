import { api } from './api.js';
import { catalogue, field, h, say, select, show, when } from './dom.js';

const STATUSES = ['new', 'claimed', 'in_contact', 'referred_on', 'closed', 'withdrawn'];
export const STATUS_LABEL = { new: 'New', claimed: 'Claimed', in_contact: 'In contact', referred_on: 'Referred on', closed: 'Closed', withdrawn: 'Withdrawn' };

/** The queue: filters with counts, urgent first, then oldest first; "Load more" follows the cursor. */
export async function queueView(filters, open) {
  const [{ counts }, page] = await Promise.all([api('/counts'), api(`/referrals?${query(filters)}`)]);
  const status = select('status', STATUSES.map((s) => [s, `${STATUS_LABEL[s]} (${counts[s] ?? 0})`]), filters.status);
  const urgency = select('urgency', [['', 'Any'], ['urgent', 'Urgent'], ['normal', 'Not urgent']], filters.urgency || '');
  const pathway = select('pathway', [['', 'Any'], ...catalogue.pathways.map((p) => [p.id, p.name])], filters.pathway || '');
  const language = select('language', [['', 'Any'], ...catalogue.languages.map((l) => [l.code, l.name])], filters.language || '');
  const form = h(
    'form',
    {
      class: 'filters',
      'aria-label': 'Filter the queue',
      onsubmit: (event) => {
        event.preventDefault();
        const next = { status: status.value, urgency: urgency.value, pathway: pathway.value, language: language.value };
        window.location.hash = `#/queue?${query(next)}`;
      },
    },
    field('Status', status),
    field('Urgency', urgency),
    field('Pathway', pathway),
    field('Language', language),
    h('button', { type: 'submit' }, 'Apply filters'),
  );
  const body = h('tbody', {});
  const table = h(
    'table',
    {},
    h('caption', {}, `${STATUS_LABEL[filters.status]} referrals, urgent first, then oldest first`),
    h('thead', {}, h('tr', {}, ['Reference', 'Urgency', 'Pathway', 'Language', 'Country', 'Created', 'Claimed by'].map((t) => h('th', { scope: 'col' }, t)))),
    body,
  );
  let cursor = page.cursor;
  const more = h('button', { type: 'button', hidden: !cursor, onclick: async () => {
    const next = await api(`/referrals?${query({ ...filters, cursor })}`);
    rows(body, next.items, open);
    cursor = next.cursor;
    more.hidden = !cursor;
    say(`${next.items.length} more referrals loaded.`);
  } }, 'Load more');
  rows(body, page.items, open);
  const empty = page.items.length === 0 ? h('p', {}, 'No referrals match these filters.') : null;
  show(h('h1', {}, 'Referral queue'), form, empty || table, more);
}

function rows(body, items, open) {
  for (const r of items) {
    body.append(
      h(
        'tr',
        { class: r.urgent ? 'urgent' : '' },
        h('th', { scope: 'row' }, h('a', { href: `#/referral/${r.code}`, onclick: (e) => { e.preventDefault(); open(r.code); } }, r.code)),
        h('td', {}, r.urgent ? h('strong', { class: 'badge' }, 'Urgent') : 'Normal', r.escalated ? h('span', { class: 'badge warn' }, 'Escalated') : null),
        h('td', {}, r.pathwayName),
        h('td', {}, r.language || '—'),
        h('td', {}, r.country || '—'),
        h('td', {}, when(r.createdAt)),
        h('td', {}, r.claimedBy || '—'),
      ),
    );
  }
}

export function query(filters) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  return params.toString();
}
