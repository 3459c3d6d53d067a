import { api } from './api.js';
import { field, h, say, select, show, when } from './dom.js';
import { STATUS_LABEL } from './queue.js';
import { auditSection } from './audit.js';

const OUTCOMES = [['helped', 'Helped'], ['not-eligible', 'Not eligible'], ['no-response', 'No response'], ['declined', 'Declined'], ['duplicate', 'Duplicate'], ['other', 'Other']];
const DELIVERY = { pending: 'sending…', delivered: 'delivered to the chat', held: 'held until the person next writes on WhatsApp', undeliverable: 'could not be delivered', failed: 'delivery failed' };

/** One referral on one screen: summary, answers, conversation, notes and the actions the adviser may take. */
export async function detailView(code, me, back) {
  render(await api(`/referrals/${encodeURIComponent(code)}`), me, back);
}

function render(r, me, back) {
  const act = (path, body, done) => async (event) => {
    event?.preventDefault();
    try {
      render(await api(`/referrals/${r.code}${path}`, body()), me, back);
      say(done);
    } catch (error) {
      say(`${error.message} (${error.status})`, true);
    }
  };
  const userText = { lang: r.language || undefined, dir: r.dir };
  show(
    h('p', {}, h('a', { href: '#/queue', onclick: (e) => { e.preventDefault(); back(); } }, '← Back to the queue')),
    h('h1', {}, `Referral ${r.code}`, r.urgent ? h('strong', { class: 'badge' }, 'Urgent') : null),
    h('dl', { class: 'summary' },
      pair('Status', `${STATUS_LABEL[r.status]}${r.outcome ? ` (${r.outcome})` : ''}`),
      pair('Pathway', r.pathwayName),
      pair('Language', r.languageName || '—'),
      pair('Country', r.country || '—'),
      pair('Channel', r.channel === 'whatsapp' ? 'WhatsApp' : 'Web chat'),
      pair('Contact', r.contact || (r.contactHidden ? 'Shown to the adviser who claims the referral' : '—')),
      pair('Occupation (ISCO-08)', r.isco || '—'),
      pair('Created', when(r.createdAt)),
      pair('Claimed by', r.claimedBy || '—'),
      pair('Consent', `${when(r.consent.at)}, notice ${r.consent.noticeVersion}, kept ${r.consent.retentionDays} days; shares: ${r.consent.shared.join(', ')}`),
    ),
    r.personalDataRemoved ? h('p', { class: 'notice' }, 'The person withdrew or asked for their data to be erased. Their details were removed.') : null,
    actions(r, act),
    h('section', { 'aria-labelledby': 'answers-h' }, h('h2', { id: 'answers-h' }, 'Answers'),
      r.answers.length === 0 ? h('p', {}, 'No screening answers (urgent referrals skip the questions).') :
      h('table', {}, h('caption', {}, 'Screening answers, in English and as the person answered'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Question'), h('th', { scope: 'col' }, 'Answer'), h('th', { scope: 'col' }, `As answered (${r.languageName || '—'})`))),
        h('tbody', {}, r.answers.map((a) => h('tr', {}, h('th', { scope: 'row' }, a.label), h('td', {}, a.answer), h('td', { class: 'original', ...userText }, a.original)))))),
    h('section', { 'aria-labelledby': 'criteria-h' }, h('h2', { id: 'criteria-h' }, 'Criteria'),
      h('p', {}, `Met: ${r.criteriaMet.join(', ') || '—'}. Not met: ${r.criteriaMissed.join(', ') || 'none'}.`),
      h('p', {}, `Topics read: ${r.topicsRead.join(', ') || '—'}`)),
    h('section', { 'aria-labelledby': 'conversation-h' }, h('h2', { id: 'conversation-h' }, 'Conversation'),
      r.messages.length === 0 ? h('p', {}, 'No messages yet.') :
      h('ol', { class: 'messages' }, r.messages.map((m) => h('li', { class: m.from },
        h('p', { class: 'meta' }, `${m.from === 'adviser' ? m.by?.email || 'Adviser' : 'The person'} · ${when(m.at)} · ${DELIVERY[m.delivery]}`),
        h('p', { dir: 'auto', ...(m.from === 'user' ? userText : {}) }, m.text))))),
    h('section', { 'aria-labelledby': 'notes-h' }, h('h2', { id: 'notes-h' }, 'Notes'),
      r.notes.length === 0 ? h('p', {}, 'No notes yet.') :
      h('ul', { class: 'notes' }, r.notes.map((n) => h('li', {}, h('p', { class: 'meta' }, `${n.by.email || n.by.id} · ${when(n.at)}`), h('p', { dir: 'auto' }, n.text)))),
      r.personalDataRemoved ? null : noteForm(act)),
    me.lead ? auditSection(r.code) : null,
  );
}

function actions(r, act) {
  const parts = [];
  if (r.status === 'new') parts.push(h('button', { type: 'button', onclick: act('/claim', () => ({}), `Referral ${r.code} is yours.`) }, 'Claim this referral'));
  if (r.allowedStatuses.length > 0 && r.status !== 'new') {
    const to = select('status', r.allowedStatuses.map((s) => [s, STATUS_LABEL[s]]), r.allowedStatuses[0]);
    const outcome = select('outcome', OUTCOMES, 'helped');
    parts.push(h('form', { class: 'inline', onsubmit: act('/status', () => (to.value === 'in_contact' ? { status: to.value } : { status: to.value, outcome: outcome.value }), 'Status changed.') },
      field('Move to', to), field('Outcome (for referred on or closed)', outcome), h('button', { type: 'submit' }, 'Change status')));
  }
  if (r.status === 'claimed' || r.status === 'in_contact') {
    const text = h('textarea', { name: 'message', rows: 3, maxlength: 1000, required: true });
    parts.push(h('form', { onsubmit: act('/messages', () => ({ text: text.value }), 'Message sent.') },
      field('Reply to the person', text, 'Sent on their channel: web chat at once; WhatsApp when they next write.'), h('button', { type: 'submit' }, 'Send reply')));
  }
  return parts.length ? h('section', { 'aria-labelledby': 'actions-h', class: 'card' }, h('h2', { id: 'actions-h' }, 'Actions'), parts) : null;
}

function noteForm(act) {
  const text = h('textarea', { name: 'note', rows: 2, maxlength: 2000, required: true });
  return h('form', { onsubmit: act('/notes', () => ({ text: text.value }), 'Note added.') }, field('Add a note (advisers only)', text), h('button', { type: 'submit' }, 'Add note'));
}

function pair(term, value) {
  return [h('dt', {}, term), h('dd', {}, value)];
}
