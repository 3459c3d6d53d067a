import { api, ApiError, token } from './api.js';
import { say } from './dom.js';
import { detailView } from './detail.js';
import { queueView } from './queue.js';
import { signInView, signOutUrl } from './signin.js';

/**
 * The advisers' console: sign in, the queue, one referral. No framework;
 * the hash is the route (#/queue?status=new, #/referral/PW-7K3Q9), so the
 * browser's back button and links work.
 */
let me;

async function route() {
  if (!token.get()) return signInView(start);
  try {
    me ??= await api('/me');
    document.getElementById('who').hidden = false;
    document.getElementById('who-text').textContent = `${me.email || me.id} · ${me.orgName}${me.lead ? ' · lead' : ''}`;
    const hash = window.location.hash || '#/queue';
    const referral = /^#\/referral\/(PW-[A-Z0-9]{5})$/.exec(hash);
    if (referral) return await detailView(referral[1], me, () => (window.location.hash = '#/queue'));
    const params = new URLSearchParams(hash.split('?')[1] || '');
    await queueView({ status: params.get('status') || 'new', urgency: params.get('urgency') || '', pathway: params.get('pathway') || '', language: params.get('language') || '' }, (code) => (window.location.hash = `#/referral/${code}`));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      signOut();
      say('Your sign-in has expired or is not valid. Please sign in again.', true);
      return;
    }
    say(error.message, true);
  }
}

function start() {
  me = undefined;
  say('Signed in.');
  if (window.location.hash === '#/queue') route();
  else window.location.hash = '#/queue';
}

function signOut() {
  token.clear();
  me = undefined;
  document.getElementById('who').hidden = true;
  signInView(start);
}

document.getElementById('sign-out').addEventListener('click', async () => {
  signOut();
  say('Signed out.');
  // In AWS, end the hosted sign-in session as well, so the next person at this computer must sign in.
  const away = await signOutUrl();
  if (away) window.location.assign(away);
});
window.addEventListener('hashchange', route);
route();
