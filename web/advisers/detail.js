import { api } from './api.js';
import { field, h, say, select, show, when } from './dom.js';
import { STATUS_LABEL } from './queue.js';
import { auditSection } from './audit.js';

const OUTCOMES = [['helped', 'Helped'], ['not-eligible', 'Not eligible'], ['no-response', 'No response'], ['declined', 'Declined'], ['duplicate', 'Duplicate'], ['other', 'Other']];
const DELIVERY = {
  pending: 'sending…',
  delivered: { webchat: 'shown in their chat', whatsapp: 'sent on WhatsApp' },
  notified: 'waiting: their 24-hour window was closed, so WhatsApp sent them a notification to tap and read it',
  held: 'waiting for the person’s next message',
  undeliverable: 'could not be delivered (chat closed or data removed)',
  failed: 'delivery failed',
};
const deliveryText = (m, channel) => (typeof DELIVERY[m.delivery] === 'object' ? DELIVERY[m.delivery][channel] : DELIVERY[m.delivery]);
/** How often an open case asks for new messages; the API keeps the adviser shown as present while it does. */
const POLL_MS = 15_000;
let poller;

/** One referral on one screen: summary, answers, conversation, notes and the actions the adviser may take. */
export async function detailView(code, me, back) {
  render(await api(`/referrals/${encodeURIComponent(code)}`), me, back);
}

function render(r, me, back) {
  window.clearInterval(poller);
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
    conversationSection(r, act),
    h('section', { 'aria-labelledby': 'notes-h' }, h('h2', { id: 'notes-h' }, 'Notes'),
      r.notes.length === 0 ? h('p', {}, 'No notes yet.') :
      h('ul', { class: 'notes' }, r.notes.map((n) => h('li', {}, h('p', { class: 'meta' }, `${n.by.email || n.by.id} · ${when(n.at)}`), h('p', { dir: 'auto' }, n.text)))),
      r.personalDataRemoved ? null : noteForm(act)),
    me.lead ? auditSection(r.code) : null,
  );
  poller = window.setInterval(() => refreshConversation(r), POLL_MS);
}

/**
 * The live chat: its state, WhatsApp's 24-hour window and the messages.
 * Polling replaces only this section's live parts, so a reply being typed
 * is never lost.
 */
function conversationSection(r, act) {
  return h('section', { 'aria-labelledby': 'conversation-h', id: 'conversation' },
    h('h2', { id: 'conversation-h' }, 'Conversation'),
    h('div', { id: 'chat-state' }, chatState(r)),
    r.messages.length === 0 ? h('p', { id: 'no-messages' }, 'No messages yet.') : null,
    h('ol', { class: 'messages', 'aria-live': 'polite', 'aria-relevant': 'additions' }, r.messages.map((m) => messageItem(m, r))),
    h('p', { class: 'inline' },
      h('button', { type: 'button', onclick: () => refreshConversation(r, true) }, 'Check for new messages'),
      r.chat?.open ? h('button', { type: 'button', onclick: act('/chat', () => ({ open: false }), 'Chat ended. The person was told, and the bot answers them again.') }, 'End chat') : null),
  );
}

function chatState(r) {
  const chat = r.chat?.open
    ? h('p', { class: 'live-chat open' }, h('strong', {}, 'Live chat open'), ` since ${when(r.chat.openedAt)}: the person’s messages come here, not to the bot, until you end the chat or they write “menu”.`)
    : r.chat
      ? h('p', { class: 'live-chat' }, `Live chat ended ${when(r.chat.closedAt)} by ${r.chat.closedBy === 'person' ? 'the person (they went back to the bot menu)' : r.chat.closedBy === 'adviser' ? 'an adviser' : 'the service'}. Your next message opens it again.`)
      : h('p', { class: 'live-chat' }, 'No live chat yet. Your first message opens one.');
  return [chat, windowState(r.whatsappWindow)];
}

function windowState(w) {
  if (!w) return null;
  if (w.open) return h('p', { class: 'window open' }, h('strong', {}, 'WhatsApp window open'), ` until ${when(w.closesAt)}: replies go out at once.`);
  const last = w.lastMessageAt ? ` (their last message: ${when(w.lastMessageAt)})` : '';
  return h('p', { class: 'window closed' }, h('strong', {}, 'WhatsApp window closed'), `${last}: a reply waits, and WhatsApp sends the person a notification to tap and read it.`);
}

function messageItem(m, r) {
  return h('li', { class: m.from, 'data-id': m.id, 'data-at': m.at },
    h('p', { class: 'meta' }, `${m.from === 'adviser' ? m.by?.email || 'Adviser' : 'The person'} · ${when(m.at)}${m.from === 'adviser' ? ` · ${deliveryText(m, r.channel)}` : ''}`),
    h('p', { dir: 'auto', ...(m.from === 'user' ? { lang: r.language || undefined } : {}) }, m.text));
}

async function refreshConversation(r, asked = false) {
  const section = document.getElementById('conversation');
  if (!section || (!asked && document.visibilityState !== 'visible')) return;
  try {
    const list = section.querySelector('.messages');
    const after = [...list.children].map((li) => li.getAttribute('data-at')).sort().at(-1);
    const c = await api(`/referrals/${encodeURIComponent(r.code)}/conversation${after ? `?after=${encodeURIComponent(after)}` : ''}`);
    for (const m of c.messages) {
      if (list.querySelector(`li[data-id="${window.CSS.escape(m.id)}"]`)) continue;
      r.messages.push(m);
      list.append(messageItem(m, r));
      if (m.from === 'user') say('New message from the person.');
    }
    for (const d of c.deliveries) {
      const li = list.querySelector(`li[data-id="${window.CSS.escape(d.id)}"]`);
      const m = li && r.messages.find((x) => x.id === d.id);
      if (m && m.delivery !== d.delivery) {
        m.delivery = d.delivery;
        li.replaceWith(messageItem(m, r));
      }
    }
    if (c.messages.length) document.getElementById('no-messages')?.remove();
    document.getElementById('chat-state').replaceChildren(...chatState({ ...r, chat: c.chat, whatsappWindow: c.whatsappWindow }).filter(Boolean));
    if (asked && !c.messages.some((m) => m.from === 'user')) say('No new messages.');
  } catch (error) {
    // A missed poll is retried at the next tick; a check the adviser asked for says why it failed.
    if (asked) say(`${error.message} (${error.status})`, true);
  }
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
      field('Reply to the person', text, 'Sent on their channel. Your first message opens a live chat: their messages come here until you end it or they write “menu”.'), h('button', { type: 'submit' }, 'Send reply')));
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
