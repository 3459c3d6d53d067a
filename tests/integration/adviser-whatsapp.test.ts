import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevAdviserToken } from '../../lambdas/adapters/security/adviser-dev-token';
import type { GraphMessage } from '../../lambdas/channels/whatsapp/outbound-types';
import { CHOICE } from '../../lambdas/core/conversation/menus';
import type { SimulatedInput } from '../../scripts/local/webhook-payloads';
import { loadContent } from '../support/content';
import { startTestServer } from '../support/local-server';
import { makeExpectValid } from '../unit/whatsapp/helpers/expect-valid';

let server: Awaited<ReturnType<typeof startTestServer>>;
let s: (key: string, options?: Record<string, string>) => string;
const expectValid = makeExpectValid();

beforeAll(async () => {
  server = await startTestServer({}, { queueRetryDelayMs: 30 });
  const content = await loadContent();
  const { createTranslator } = await import('../../lambdas/core/i18n/translator');
  s = (key, options) => createTranslator(content.locales).forLanguage('en', 'screening')(key, options);
});
afterAll(() => server.stop());

const PHONE = '447700900551';
const alice = () => signDevAdviserToken(server.env.ADVISER_SIGNING_KEY ?? '', { org: 'demo-org-a', email: 'alice@demo-org-a.example.org' }, Date.now());

async function api(path: string, body?: unknown) {
  const response = await fetch(`${server.url}/advisers/api${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${alice()}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.status, path).toBe(200);
  await server.queue.drained();
  return (await response.json()) as Record<string, unknown> & { messages: { from: string; text: string; delivery: string }[]; chat: { open: boolean; closedBy: string | null } | null };
}

async function say(input: SimulatedInput) {
  expect((await server.simulator.sendAsUser(PHONE, input)).status).toBe(200);
  await server.queue.drained();
}

let seen = 0;
/** What reached the person since the last look: text bodies, and templates as `template:<name>`. */
function received(): string[] {
  const all = server.graph.messagesFor(PHONE).map((m) => m.message as unknown as GraphMessage);
  expectValid(all);
  const fresh = all.slice(seen);
  seen = all.length;
  return fresh.map((m) => (m.type === 'text' ? m.text.body : m.type === 'interactive' ? m.interactive.body.text : `template:${m.template.name}`));
}

describe('an adviser and a person on WhatsApp', () => {
  let code = '';

  it('the person asks for urgent help and consents: a referral', async () => {
    await say({ text: 'hi' });
    await say({ reply: { kind: 'list', id: 'lang:en', title: 'English' } });
    await say({ text: 'my employer took my passport and locks me in' });
    await say({ reply: { kind: 'button', id: 'scr:urgent:yes', title: 'Yes' } });
    code = /PW-[0-9A-Z]{5}/.exec(received().join('\n'))?.[0] ?? '';
    expect(code).toMatch(/^PW-/);
  });

  it('inside the window the adviser’s first reply arrives at once, after the notice that a person joined', async () => {
    await api(`/referrals/${code}`);
    await api(`/referrals/${code}/claim`, {});
    const detail = await api(`/referrals/${code}/messages`, { text: 'Hello, this is Alice. Are you safe now?' });
    expect(detail.chat).toMatchObject({ open: true });
    expect(detail.whatsappWindow).toMatchObject({ open: true });
    expect(received()).toEqual([s('chat.joined', { org: 'Demo Organisation A (example)', code }), `Message from your adviser (${code}):\nHello, this is Alice. Are you safe now?`]);
    expect((await api(`/referrals/${code}`)).messages.at(-1)?.delivery).toBe('delivered');
  });

  it('what the person writes goes to the adviser, who is online; a bare number is not a menu choice', async () => {
    await say({ text: 'Yes, I am at my cousin’s house' });
    expect(received()).toEqual([s('chat.online')]);
    await say({ text: '2' });
    expect(received()).toEqual([]);
    const conversation = await api(`/referrals/${code}/conversation`);
    expect(conversation.messages.filter((m) => m.from === 'user').map((m) => m.text)).toEqual(['Yes, I am at my cousin’s house', '2']);
  });

  it('a day later the window is closed: the reply waits, one template announces it, and its button brings it', async () => {
    await server.simulator.later(PHONE);
    const detail = await api(`/referrals/${code}/messages`, { text: 'Can you come to our office on Monday?' });
    expect(detail.whatsappWindow).toMatchObject({ open: false });
    expect(received()).toEqual(['template:pathways_adviser_reply']);
    expect((await api(`/referrals/${code}`)).messages.at(-1)?.delivery).toBe('notified');
    await api(`/referrals/${code}/messages`, { text: 'At 10 in the morning.' });
    expect(received()).toEqual([]);

    await say({ button: { payload: CHOICE.readAdviserReply, text: 'Read reply' } });
    expect(received()).toEqual([
      `Message from your adviser (${code}):\nCan you come to our office on Monday?`,
      `Message from your adviser (${code}):\nAt 10 in the morning.`,
      s('chat.hint', { code }),
    ]);
    expect((await api(`/referrals/${code}`)).messages.slice(-2).map((m) => m.delivery)).toEqual(['delivered', 'delivered']);
  });

  it('"menu" takes the person back to the bot; the adviser sees they left; the next reply opens the chat again', async () => {
    await say({ text: 'menu' });
    const back = received();
    expect(back[0]).toBe(s('chat.youLeft', { code }));
    expect(back.length).toBeGreaterThan(1);
    expect((await api(`/referrals/${code}/conversation`)).chat).toMatchObject({ open: false, closedBy: 'person' });
    await say({ text: 'what is a convention travel document' });
    expect(received().join('\n')).toMatch(/travel document/i);

    await api(`/referrals/${code}/messages`, { text: 'One more thing: bring your ID.' });
    expect(received()).toEqual([s('chat.joined', { org: 'Demo Organisation A (example)', code }), `Message from your adviser (${code}):\nOne more thing: bring your ID.`]);
  });

  it('the adviser ends the chat: the person is told, and the bot answers again', async () => {
    const detail = await api(`/referrals/${code}/chat`, { open: false });
    expect(detail.chat).toMatchObject({ open: false, closedBy: 'adviser' });
    expect(received()).toEqual([s('chat.left', { code })]);
    await say({ text: 'thank you' });
    expect(received().length).toBeGreaterThan(0);
    expect((await api(`/referrals/${code}/conversation`)).messages.filter((m) => m.from === 'user').map((m) => m.text)).not.toContain('thank you');
  });
});
