import { devSignIn, token } from './api.js';
import { catalogue, field, h, say, select, show } from './dom.js';

/**
 * Sign-in. Locally: a dev sign-in that mints a token for any demo
 * organisation, or a pasted token (`npm run -s cli -- adviser token …`).
 * In AWS the token comes from Cognito (its hosted UI is not built here).
 */
export function signInView(done) {
  const org = select('org', catalogue.organisations.map((o) => [o.id, o.name]), catalogue.organisations[0]?.id);
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'email', required: true, value: 'adviser@example.org' });
  const lead = h('input', { type: 'checkbox', name: 'lead', id: 'lead' });
  const dev = h(
    'form',
    {
      class: 'card',
      onsubmit: async (event) => {
        event.preventDefault();
        try {
          token.set(await devSignIn(org.value, email.value, lead.checked));
          done();
        } catch (error) {
          say(error.message, true);
        }
      },
    },
    h('h2', {}, 'Dev sign-in (local only)'),
    field('Organisation', org),
    field('Email', email),
    h('div', { class: 'check' }, lead, h('label', { for: 'lead' }, 'Sign in as a lead (can read audit trails)')),
    h('button', { type: 'submit' }, 'Sign in'),
  );
  const pasted = h('textarea', { name: 'token', rows: 3, required: true, spellcheck: 'false' });
  const paste = h(
    'form',
    {
      class: 'card',
      onsubmit: (event) => {
        event.preventDefault();
        token.set(pasted.value.trim());
        done();
      },
    },
    h('h2', {}, 'Or paste a token'),
    field('Token', pasted, 'From "npm run -s cli -- adviser token --org <org> --email <email>" locally, or your organisation’s sign-in.'),
    h('button', { type: 'submit' }, 'Use token'),
  );
  show(h('h1', {}, 'Sign in'), h('div', { class: 'grid' }, dev, paste));
}
