import { token } from './api.js';
import { field, h, say, show } from './dom.js';

/**
 * Sign-in: the OAuth 2.0 authorization code flow with PKCE. The API says
 * where to go (GET /advisers/api/sign-in): Cognito's hosted UI in AWS, the
 * local dev authorization server under `npm start`. The code comes back to
 * this page and is exchanged for an ID token, kept for this tab only.
 */
const PENDING = 'pathways.advisers.signin';
let config;

/** The sign-in description from the API, fetched once. */
export async function signInConfig() {
  if (!config) {
    const response = await fetch('/advisers/api/sign-in');
    if (!response.ok) throw new Error(`sign-in is not available (HTTP ${response.status})`);
    config = await response.json();
  }
  return config;
}

const redirectUri = () => `${window.location.origin}/advisers/`;

function randomUrlSafe(bytes) {
  return base64url(window.crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64url(buffer) {
  return window.btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Shows the sign-in screen, or finishes a sign-in when the page was opened with its code. */
export async function signInView(done) {
  let c;
  try {
    c = await signInConfig();
  } catch (error) {
    show(h('h1', {}, 'Sign in'), h('p', { class: 'notice' }, error.message));
    return;
  }
  const params = new URLSearchParams(window.location.search);
  if (params.has('code') || params.has('error')) return finish(c, params, done);
  const start = h('div', { class: 'card' },
    h('h2', {}, c.local ? 'Local development' : 'Your organisation’s account'),
    h('p', {}, c.local ? 'A local sign-in page stands in for your organisation’s sign-in: you choose a demo organisation.' : 'You sign in on your organisation’s Pathways sign-in page, then come back here.'),
    h('button', { type: 'button', onclick: () => begin(c) }, 'Sign in'));
  show(h('h1', {}, 'Sign in'), h('div', { class: 'grid' }, start, c.local ? pasteToken(done) : null));
}

async function begin(c) {
  const verifier = randomUrlSafe(32);
  const state = randomUrlSafe(16);
  window.sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state }));
  const challenge = base64url(await window.crypto.subtle.digest('SHA-256', new window.TextEncoder().encode(verifier)));
  const url = new URL(c.authorizeUrl, window.location.origin);
  url.search = new URLSearchParams({ response_type: 'code', client_id: c.clientId, redirect_uri: redirectUri(), scope: c.scope, state, code_challenge: challenge, code_challenge_method: 'S256' }).toString();
  window.location.assign(url.toString());
}

async function finish(c, params, done) {
  const pending = JSON.parse(window.sessionStorage.getItem(PENDING) || 'null');
  window.sessionStorage.removeItem(PENDING);
  // The code is single-use: take it out of the address bar and the history.
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
  const fail = (message) => {
    say(message, true);
    signInView(done);
  };
  if (params.has('error')) return fail(`Sign-in did not complete: ${params.get('error_description') || params.get('error')}.`);
  if (!pending || pending.state !== params.get('state')) return fail('Sign-in did not complete (it was started in another tab or has expired). Please sign in again.');
  const response = await fetch(new URL(c.tokenUrl, window.location.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: c.clientId, code: params.get('code') || '', redirect_uri: redirectUri(), code_verifier: pending.verifier }),
  }).catch(() => undefined);
  const data = response ? await response.json().catch(() => ({})) : {};
  if (!response?.ok || !data.id_token) return fail('Sign-in did not complete: the sign-in service refused the code. Please sign in again.');
  token.set(data.id_token);
  done();
}

/** Locally, a token from `npm run -s cli -- adviser token …` can be pasted instead. */
function pasteToken(done) {
  const pasted = h('textarea', { name: 'token', rows: 3, required: true, spellcheck: 'false' });
  return h('form', {
    class: 'card',
    onsubmit: (event) => {
      event.preventDefault();
      token.set(pasted.value.trim());
      done();
    },
  },
  h('h2', {}, 'Or paste a token'),
  field('Token', pasted, 'From "npm run -s cli -- adviser token --org <org> --email <email>".'),
  h('button', { type: 'submit' }, 'Use token'));
}

/** Where to send the browser after signing out, to end the sign-in session too (Cognito); undefined locally. */
export async function signOutUrl() {
  const c = await signInConfig().catch(() => undefined);
  if (!c?.logoutUrl) return undefined;
  const url = new URL(c.logoutUrl);
  url.search = new URLSearchParams({ client_id: c.clientId, logout_uri: redirectUri() }).toString();
  return url.toString();
}
