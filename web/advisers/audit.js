import { api } from './api.js';
import { h, say, when } from './dom.js';

/** Leads only: the referral's audit trail and whether its hash chain verifies. */
export function auditSection(code) {
  const out = h('div', {});
  const button = h('button', { type: 'button', onclick: async () => {
    try {
      const trail = await api(`/referrals/${code}/audit`);
      const v = trail.verification;
      out.replaceChildren(
        h('p', { class: v.ok ? 'ok' : 'notice' }, v.ok ? `Chain verified: ${v.length} entries, none changed.` : `Chain broken at entry ${v.brokenAt}: ${v.reason}.`),
        h('table', {}, h('caption', {}, `Audit trail of ${code}`),
          h('thead', {}, h('tr', {}, ['#', 'When', 'Who', 'Action', 'Details'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, trail.entries.map((e) => h('tr', {}, h('td', {}, e.seq), h('td', {}, when(e.at)), h('td', {}, e.actor.email || `${e.actor.kind}: ${e.actor.id}`), h('td', {}, e.action),
            h('td', {}, e.details ? Object.entries(e.details).map(([k, val]) => `${k}: ${val}`).join(', ') : ''))))),
      );
      say(v.ok ? 'Audit trail loaded and verified.' : 'Audit trail loaded: the chain does not verify.', !v.ok);
    } catch (error) {
      say(error.message, true);
    }
  } }, 'Show audit trail');
  return h('section', { 'aria-labelledby': 'audit-h' }, h('h2', { id: 'audit-h' }, 'Audit trail'), button, out);
}
