import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signBody } from '../../lambdas/channels/whatsapp/signature';
import type { OutboundMessage } from '../../lambdas/channels/whatsapp/outbound-types';
import { startTestServer } from '../support/local-server';
import { makeExpectValid } from '../unit/whatsapp/helpers/expect-valid';
import { limitViolations } from '../unit/whatsapp/helpers/limits-check';
import { fixtureJson, fixtureNames } from '../unit/whatsapp/helpers/fixtures';

let server: Awaited<ReturnType<typeof startTestServer>>;
const expectValid = makeExpectValid();
beforeAll(async () => {
  server = await startTestServer({}, { queueRetryDelayMs: 30 });
});
afterAll(() => server.stop());
beforeEach(() => server.graph.setFault(undefined));

let nextNumber = 447700900000;
const newPerson = () => String(nextNumber++);
const webhookUrl = () => `${server.url}/whatsapp/webhook`;
const sentTo = (to: string) => server.graph.messagesFor(to).map((m) => m.message as unknown as OutboundMessage);
const bodyOf = (m: OutboundMessage) => (m.type === 'text' ? m.text.body : m.interactive.body.text);

async function say(from: string, text: string, id?: string) {
  const result = await server.simulator.sendAsUser(from, { text }, id);
  expect(result.status).toBe(200);
  await server.queue.drained();
  return result;
}

describe('webhook verification handshake', () => {
  it('echoes the challenge for the right token', async () => {
    const q = new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.verify_token': server.env.WHATSAPP_VERIFY_TOKEN ?? '', 'hub.challenge': '1158201444' });
    const res = await fetch(`${webhookUrl()}?${q}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    expect(await res.text()).toBe('1158201444');
  });

  it.each([
    { 'hub.mode': 'subscribe', 'hub.verify_token': 'wrong', 'hub.challenge': '1' },
    { 'hub.mode': 'unsubscribe', 'hub.verify_token': 'TOKEN', 'hub.challenge': '1' },
    {},
  ])('refuses %j with 403', async (params) => {
    const q = new URLSearchParams(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === 'TOKEN' ? server.env.WHATSAPP_VERIFY_TOKEN ?? '' : v])));
    expect((await fetch(`${webhookUrl()}?${q}`)).status).toBe(403);
  });
});

describe('signed deliveries only', () => {
  const body = JSON.stringify(fixtureJson('webhook-text-message.json'));
  it.each([
    ['missing signature', {}],
    ['wrong signature', { 'x-hub-signature-256': signBody(body, 'not-the-app-secret') }],
    ['garbage signature', { 'x-hub-signature-256': 'sha256=zz' }],
  ])('%s → 401 and nothing queued', async (_name, headers) => {
    const before = server.queue.stats();
    const res = await fetch(webhookUrl(), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    expect(res.status).toBe(401);
    expect(server.queue.stats()).toEqual(before);
  });

  it('signed but malformed JSON → 400; signed but not a WhatsApp webhook → 400', async () => {
    for (const raw of ['{"object":', JSON.stringify({ object: 'page', entry: [] })]) {
      const res = await fetch(webhookUrl(), { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(raw, server.env.WHATSAPP_APP_SECRET ?? '') }, body: raw });
      expect(res.status).toBe(400);
    }
  });

  it('refuses a huge body with 413', async () => {
    const raw = JSON.stringify({ object: 'whatsapp_business_account', entry: [], pad: 'x'.repeat(300_000) });
    const res = await fetch(webhookUrl(), { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(raw, server.env.WHATSAPP_APP_SECRET ?? '') }, body: raw });
    expect(res.status).toBe(413);
  });
});

/** Meta's examples are dated 2025; replayed as a live delivery, their messages carry the current time. */
function restamp(node: unknown, now = String(Math.floor(Date.now() / 1000))): unknown {
  if (Array.isArray(node)) return node.map((n) => restamp(n, now));
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === 'timestamp' && /^\d+$/.test(String(v)) ? now : restamp(v, now)]));
}

/** Messages in a payload that deserve an answer (reactions and system notices do not). */
const answerable = (payload: unknown) =>
  JSON.stringify(payload).match(/"type":"(text|interactive|button|image|audio|video|document|sticker|location|contacts|order|unsupported)"/g)?.length ?? 0;

describe("Meta's example webhooks replayed through the local server", () => {
  it.each(fixtureNames('webhook-'))('%s is accepted, processed, and every reply is valid', async (name) => {
    const payload = restamp(fixtureJson(name)) as { entry: { changes: { value: { messages?: { from: string; id: string }[] } }[] }[] };
    // Several examples share one message id, which the worker rightly answers once: each replay is its own message.
    for (const m of payload.entry.flatMap((e) => e.changes.flatMap((c) => c.value.messages ?? []))) m.id = `${m.id}.${name}`;
    const from = payload.entry[0]?.changes[0]?.value.messages?.[0]?.from;
    const before = server.graph.sent.length;
    const status = await server.simulator.deliver(payload);
    expect(status).toBe(200);
    await server.queue.drained();
    expect(server.queue.deadLetters).toHaveLength(0);
    const replies = server.graph.sent.slice(before).map((m) => m.message as unknown as OutboundMessage);
    if (from && answerable(payload.entry[0]?.changes[0]?.value.messages) > 0) expect(replies.length, 'a message that deserves an answer gets one').toBeGreaterThan(0);
    const all = server.graph.sent.map((m) => m.message as unknown as OutboundMessage);
    expectValid(all);
    for (const m of all) expect(limitViolations(m)).toEqual([]);
  });

  it('a message that waited in the queue past the 24-hour window gets no free-form reply, and is not retried', async () => {
    const me = newPerson();
    const stale = restamp(fixtureJson('webhook-text-message.json'), String(Math.floor(Date.now() / 1000) - 25 * 3600)) as { entry: { changes: { value: { messages: { from: string; id: string }[]; contacts: { wa_id: string }[] } }[] }[] };
    const value = stale.entry[0]!.changes[0]!.value;
    value.messages[0]!.from = me;
    value.messages[0]!.id = `wamid.stale-${me}`;
    value.contacts[0]!.wa_id = me;
    expect(await server.simulator.deliver(stale)).toBe(200);
    await server.queue.drained();
    expect(sentTo(me)).toEqual([]);
    expect(server.queue.deadLetters.filter((d) => d.body.includes(me))).toEqual([]);
  });
});

describe('a conversation on WhatsApp', () => {
  it('greets, takes a language from a list reply, and answers a menu choice in that language', async () => {
    const me = newPerson();
    await say(me, 'hello');
    const first = sentTo(me);
    expect(bodyOf(first[0]!)).toMatch(/I am Pathways/);
    const picker = first.at(-1)!;
    expect(picker.type).toBe('interactive');
    await server.simulator.sendAsUser(me, { reply: { kind: 'list', id: 'lang:ar', title: 'العربية' } });
    await server.queue.drained();
    const afterChoice = sentTo(me).slice(first.length);
    expect(afterChoice.map(bodyOf).join('\n')).toMatch(/العربية/);
    expect(server.graph.read.size).toBeGreaterThan(0);
    expectValid(sentTo(me));
  });

  it('answers a number typed in Arabic-Indic digits', async () => {
    const me = newPerson();
    await say(me, 'hi');
    await server.simulator.sendAsUser(me, { reply: { kind: 'list', id: 'lang:en', title: 'English' } });
    await server.queue.drained();
    const before = sentTo(me).length;
    await say(me, '٣');
    expect(sentTo(me).slice(before).map(bodyOf).join('\n')).toMatch(/Travel documents/);
  });

  it('replies politely to an image it cannot read', async () => {
    const me = newPerson();
    await server.simulator.sendAsUser(me, { media: 'image' });
    await server.queue.drained();
    expect(sentTo(me).map(bodyOf).join('\n')).toMatch(/only read text/);
  });
});

describe('nothing lost, nothing doubled', () => {
  it('the same signed message 10 times, 5 of them at once, gets exactly one reply', async () => {
    const me = newPerson();
    const id = `wamid.dup-${me}`;
    await Promise.all(Array.from({ length: 5 }, () => server.simulator.sendAsUser(me, { text: 'hello' }, id)));
    for (let i = 0; i < 5; i++) await server.simulator.sendAsUser(me, { text: 'hello' }, id);
    await server.queue.drained();
    const replies = sentTo(me);
    expect(replies.filter((m) => /I am Pathways/.test(bodyOf(m)))).toHaveLength(1);
  });

  it('the same message arriving again after the queue forgot it is still answered once', async () => {
    const me = newPerson();
    const id = `wamid.late-${me}`;
    await say(me, 'hello', id);
    const count = sentTo(me).length;
    // SQS forgets de-duplication ids after five minutes; Meta may redeliver days later.
    server.queue.forgetDeduplication();
    await say(me, 'hello', id);
    expect(sentTo(me)).toHaveLength(count);
  });

  it('Graph API failing twice then succeeding still delivers exactly one reply', async () => {
    const me = newPerson();
    server.graph.setFault({ count: 2, status: 500, code: 1 });
    await say(me, 'hello');
    expect(sentTo(me).filter((m) => /I am Pathways/.test(bodyOf(m)))).toHaveLength(1);
    expect(server.queue.deadLetters).toHaveLength(0);
  });

  it('a Graph API that keeps failing parks the message in the dead-letter list', async () => {
    const me = newPerson();
    server.graph.setFault({ count: -1, status: 503, code: 2 });
    const { id } = await server.simulator.sendAsUser(me, { text: 'hello' });
    await server.queue.drained();
    server.graph.setFault(undefined);
    const parked = server.queue.deadLetters.find((d) => JSON.parse(d.body).id === id);
    expect(parked?.receiveCount).toBe(5);
    const listed = (await (await fetch(`${server.url}/dev/queue`)).json()) as { deadLetters: number };
    expect(listed.deadLetters).toBeGreaterThan(0);
  });
});

describe('delivery statuses', () => {
  it('keeps the furthest status whatever order they arrive in', async () => {
    const me = newPerson();
    await say(me, 'hello');
    const out = server.graph.messagesFor(me)[0]!;
    await new Promise((r) => setTimeout(r, 100));
    await server.simulator.sendStatus(out.id, me, 'read');
    await server.simulator.sendStatus(out.id, me, 'sent');
    await server.queue.drained();
    const { GetCommand } = await import('@aws-sdk/lib-dynamodb');
    const { createDocumentClient } = await import('../../lambdas/adapters/dynamodb/client');
    const { userKey } = await import('../../lambdas/adapters/security/user-key');
    const db = createDocumentClient({ region: 'us-east-1', endpoint: server.dynamodbEndpoint });
    const { Item } = await db.send(new GetCommand({ TableName: server.tableName, Key: { pk: userKey(server.env.PEPPER ?? '', 'whatsapp', me), sk: `OUT#${out.id}` } }));
    db.destroy();
    expect(Item?.status).toBe('read');
  });
});
