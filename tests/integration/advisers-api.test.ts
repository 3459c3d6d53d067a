import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../lambdas/adapters/dynamodb/client';
import { HeldMessages } from '../../lambdas/adapters/dynamodb/held-messages';
import { DynamoReferralStore } from '../../lambdas/adapters/dynamodb/referral-store';
import { signDevAdviserToken } from '../../lambdas/adapters/security/adviser-dev-token';
import { userKey } from '../../lambdas/adapters/security/user-key';
import type { NewReferral } from '../../lambdas/core/screening';
import { startTestServer } from '../support/local-server';
import { sampleReferral } from '../support/referrals';

let server: Awaited<ReturnType<typeof startTestServer>>;
let store: DynamoReferralStore;
let db: ReturnType<typeof createDocumentClient>;

beforeAll(async () => {
  server = await startTestServer();
  db = createDocumentClient({ region: 'us-east-1', endpoint: server.dynamodbEndpoint });
  store = new DynamoReferralStore(db, { tableName: server.tableName });
});
afterAll(async () => {
  db?.destroy();
  await server?.stop();
});

const token = (org: string, email: string, lead = false, now = Date.now(), key = server.env.ADVISER_SIGNING_KEY ?? '') => signDevAdviserToken(key, { org, email, lead }, now);
const alice = () => token('demo-org-a', 'alice@demo-org-a.example.org');
const amir = () => token('demo-org-a', 'amir@demo-org-a.example.org');
const lead = () => token('demo-org-a', 'lead@demo-org-a.example.org', true);
const bella = () => token('demo-org-b', 'bella@demo-org-b.example.org', true);

async function api(path: string, auth: string | undefined, init: { method?: string; body?: unknown; raw?: string; type?: string } = {}) {
  const headers: Record<string, string> = {};
  if (auth) headers.authorization = `Bearer ${auth}`;
  if (init.body !== undefined || init.raw !== undefined) headers['content-type'] = init.type ?? 'application/json';
  const response = await fetch(`${server.url}/advisers/api${path}`, {
    method: init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET'),
    headers,
    ...(init.raw !== undefined ? { body: init.raw } : init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { error?: { code: string; message: string } } };
}

async function seed(overrides: Partial<NewReferral> = {}): Promise<NewReferral> {
  const referral = sampleReferral({ createdAt: Date.now() - 60_000, ...overrides });
  expect(await store.create(referral)).toBe('created');
  return referral;
}

const auditLength = async (code: string) => (await store.auditTrail(code))?.entries.length ?? 0;

describe('advisers API: authentication', () => {
  it.each([
    ['no token', undefined, 401, 'Unauthorized'],
    ['garbage', 'not-a-jwt', 401, 'Unauthorized'],
    ['a forged token (another key)', 'forged', 401, 'Unauthorized'],
    ['an expired token', 'expired', 401, 'TokenExpired'],
    ['alg none', 'none', 401, 'Unauthorized'],
  ])('refuses %s', async (_name, kind, status, code) => {
    const bad =
      kind === 'forged'
        ? token('demo-org-a', 'x@example.org', false, Date.now(), 'another-key-that-is-long-enough')
        : kind === 'expired'
          ? token('demo-org-a', 'x@example.org', false, Date.now() - 10 * 3600_000)
          : kind === 'none'
            ? `${Buffer.from('{"alg":"none"}').toString('base64url')}.${alice().split('.')[1]}.`
            : kind;
    const result = await api('/referrals', bad);
    expect(result.status).toBe(status);
    expect(result.body.error?.code).toBe(code);
  });

  it('serves the OpenAPI document without a token, generated from the schemas', async () => {
    const doc = await api('/openapi.json', undefined);
    expect(doc.status).toBe(200);
    expect(doc.body).toMatchObject({ openapi: '3.1.0', paths: { '/referrals/{code}/claim': { post: expect.any(Object) } } });
    expect(Object.keys((doc.body.components as { schemas: object }).schemas)).toEqual(expect.arrayContaining(['ReferralDetail', 'ReferralList', 'AuditTrail', 'Error']));
  });
});

describe('advisers API: one organisation never sees another’s referrals', () => {
  it('answers 404 (not 403) to view, claim, notes, status, messages and audit, and leaves it out of lists', async () => {
    const r = await seed();
    const before = await auditLength(r.code);
    for (const [path, body] of [[`/referrals/${r.code}`, undefined], [`/referrals/${r.code}/claim`, {}], [`/referrals/${r.code}/notes`, { text: 'x' }], [`/referrals/${r.code}/status`, { status: 'in_contact' }], [`/referrals/${r.code}/messages`, { text: 'x' }], [`/referrals/${r.code}/audit`, undefined]] as const) {
      const result = await api(path, bella(), body === undefined ? {} : { body });
      expect(result.status, path).toBe(404);
      expect(result.body.error?.code).toBe('NotFound');
    }
    const list = await api('/referrals?limit=100', bella());
    expect((list.body.items as { code: string }[]).map((i) => i.code)).not.toContain(r.code);
    expect(await auditLength(r.code)).toBe(before);
    expect((await api(`/referrals/${r.code}`, alice())).status).toBe(200);
  });
});

describe('advisers API: claiming and moving a case', () => {
  it('lets exactly one of two advisers claiming at once win; the other gets 409', async () => {
    const r = await seed();
    const [a, b] = await Promise.all([api(`/referrals/${r.code}/claim`, alice(), { body: {} }), api(`/referrals/${r.code}/claim`, amir(), { body: {} })]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const trail = await store.auditTrail(r.code);
    expect(trail?.entries.filter((e) => e.action === 'claimed')).toHaveLength(1);
  });

  it('walks new → claimed → in_contact → closed, refusing invalid transitions with 409', async () => {
    const r = await seed();
    expect((await api(`/referrals/${r.code}/status`, alice(), { body: { status: 'in_contact' } })).status).toBe(409);
    const claimed = await api(`/referrals/${r.code}/claim`, alice(), { body: {} });
    expect(claimed.body).toMatchObject({ status: 'claimed', contact: r.contact, allowedStatuses: ['in_contact', 'closed'] });
    expect((await api(`/referrals/${r.code}/claim`, alice(), { body: {} })).status).toBe(409);
    expect((await api(`/referrals/${r.code}/status`, alice(), { body: { status: 'referred_on' } })).status).toBe(409);
    expect((await api(`/referrals/${r.code}/status`, amir(), { body: { status: 'in_contact' } })).status).toBe(409);
    expect((await api(`/referrals/${r.code}`, amir())).body).toMatchObject({ contact: null, contactHidden: true });
    expect((await api(`/referrals/${r.code}/status`, alice(), { body: { status: 'in_contact' } })).body).toMatchObject({ status: 'in_contact' });
    expect((await api(`/referrals/${r.code}/status`, alice(), { body: { status: 'closed' } })).status).toBe(400);
    expect((await api(`/referrals/${r.code}/status`, alice(), { body: { status: 'closed', outcome: 'helped' } })).body).toMatchObject({ status: 'closed', outcome: 'helped' });
    expect((await api(`/referrals/${r.code}/messages`, alice(), { body: { text: 'hello' } })).status).toBe(409);
    expect((await api(`/referrals/${r.code}/notes`, amir(), { body: { text: 'Closed after the call.' } })).body).toMatchObject({ notes: [{ text: 'Closed after the call.' }] });
  });

  it('rejects malformed input with a clear 4xx and writes nothing', async () => {
    const r = await seed();
    await api(`/referrals/${r.code}/claim`, alice(), { body: {} });
    const before = await auditLength(r.code);
    const cases: [string, Parameters<typeof api>[2], number][] = [
      [`/referrals/${r.code}/notes`, { raw: '{"text": ' }, 400],
      [`/referrals/${r.code}/notes`, { raw: 'text=hi', type: 'application/x-www-form-urlencoded' }, 415],
      [`/referrals/${r.code}/notes`, { body: { text: '' } }, 400],
      [`/referrals/${r.code}/notes`, { body: { text: 'ok', extra: true } }, 400],
      [`/referrals/${r.code}/notes`, { body: { text: 'x'.repeat(9000) } }, 413],
      [`/referrals/${r.code}/status`, { body: { status: 'deleted' } }, 400],
      [`/referrals/${r.code}/messages`, { body: { text: 42 } }, 400],
      [`/referrals/${r.code}/chat`, { body: { open: 'yes' } }, 400],
      [`/referrals/${r.code}/chat`, { method: 'GET' }, 405],
      [`/referrals/${r.code}/conversation?after=yesterday`, {}, 400],
      [`/referrals/${r.code}/conversation?after=2026-01-01T00:00:00Z&x=1`, {}, 400],
      ['/referrals/not-a-code', {}, 400],
      ['/referrals/%E0%A4%A', {}, 400],
      ['/referrals/PW-22222', {}, 404],
      ['/referrals?status=lost', {}, 400],
      ['/referrals?cursor=abc', {}, 400],
      ['/referrals?limit=1000', {}, 400],
      [`/referrals/${r.code}/claim`, { method: 'GET' }, 405],
    ];
    for (const [path, init, status] of cases) {
      const result = await api(path, alice(), init);
      expect(result.status, `${path} ${JSON.stringify(init)}`).toBe(status);
      expect(result.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
    expect(await auditLength(r.code)).toBe(before);
  });

  it('rejects a cursor taken from another organisation’s or status’s query', async () => {
    for (let i = 0; i < 3; i++) await seed({ organisation: 'demo-org-b' });
    const page = await api('/referrals?limit=1', bella());
    expect(page.body.cursor).toEqual(expect.any(String));
    expect((await api(`/referrals?limit=1&status=claimed&cursor=${page.body.cursor as string}`, bella())).status).toBe(400);
    expect((await api(`/referrals?limit=1&cursor=${page.body.cursor as string}`, alice())).status).toBe(400);
  });
});

describe('advisers API: audit trail', () => {
  it('records every view, claim, note, message and status change, for leads only, and detects tampering', async () => {
    const r = await seed();
    await api(`/referrals/${r.code}`, alice());
    await api(`/referrals/${r.code}/claim`, alice(), { body: {} });
    await api(`/referrals/${r.code}/notes`, alice(), { body: { text: 'Will call tomorrow' } });
    await api(`/referrals/${r.code}/messages`, alice(), { body: { text: 'Hello, I will call you tomorrow.' } });
    await api(`/referrals/${r.code}/status`, alice(), { body: { status: 'in_contact' } });
    expect((await api(`/referrals/${r.code}/audit`, alice())).status).toBe(403);
    const trail = await api(`/referrals/${r.code}/audit`, lead());
    expect(trail.status).toBe(200);
    const entries = trail.body.entries as { action: string; actor: { email?: string }; details: unknown }[];
    expect(entries.map((e) => e.action)).toEqual(['created', 'viewed', 'claimed', 'note-added', 'chat-opened', 'message-sent', 'status-changed']);
    expect(entries[2]?.actor.email).toBe('alice@demo-org-a.example.org');
    expect(JSON.stringify(entries)).not.toContain('Will call tomorrow');
    expect(trail.body.verification).toEqual({ ok: true, length: 7 });

    await db.send(new UpdateCommand({ TableName: server.tableName, Key: { pk: `REF#${r.code}`, sk: 'AUDIT#000003' }, UpdateExpression: 'SET entry.actor.email = :e', ExpressionAttributeValues: { ':e': 'mallory@example.org' } }));
    expect((await api(`/referrals/${r.code}/audit`, lead())).body.verification).toMatchObject({ ok: false, brokenAt: 3 });
  });
});

describe('advisers API: messages reach the person’s channel', () => {
  it('appends to a web chat conversation, where the page polls it', async () => {
    const started = (await (await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST' })).json()) as { conversationId: string; token: string };
    const grant = JSON.parse(Buffer.from(started.token.split('.')[0] ?? '', 'base64url').toString('utf8')) as { u: string };
    const r = await seed({ channel: 'webchat', contact: undefined, conversationId: started.conversationId, userKey: userKey(server.env.PEPPER ?? '', 'webchat', grant.u), language: 'ar' });
    await api(`/referrals/${r.code}/claim`, alice(), { body: {} });
    const sent = await api(`/referrals/${r.code}/messages`, alice(), { body: { text: 'مرحبا، سأتصل بك غدا' } });
    expect((sent.body.messages as { delivery: string }[]).at(-1)?.delivery).toBe('delivered');
    const polled = (await (await fetch(`${server.url}/v3/directline/conversations/${started.conversationId}/activities`, { headers: { authorization: `Bearer ${started.token}` } })).json()) as { activities: { text?: string }[] };
    expect(polled.activities.map((a) => a.text)).toContainEqual(`رسالة من مستشارك (${r.code}):\nمرحبا، سأتصل بك غدا`);
  });

  it('web chat: a live chat both ways, with the person’s messages kept from the bot while it is open', async () => {
    const started = (await (await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST' })).json()) as { conversationId: string; token: string };
    const dl = `${server.url}/v3/directline/conversations/${started.conversationId}/activities`;
    const auth = { authorization: `Bearer ${started.token}`, 'content-type': 'application/json' };
    let watermark = '';
    const post = async (activity: Record<string, unknown>) => expect((await fetch(dl, { method: 'POST', headers: auth, body: JSON.stringify({ type: 'message', ...activity }) })).status).toBe(200);
    const poll = async () => {
      const page = (await (await fetch(`${dl}?watermark=${watermark}`, { headers: auth })).json()) as { activities: { text?: string }[]; watermark: string };
      watermark = page.watermark;
      return page.activities.map((a) => a.text ?? '');
    };
    await post({ text: 'hello' });
    await post({ text: 'العربية', value: { choice: 'lang:ar' } });
    await post({ text: 'صاحب العمل أخذ جواز سفري ويحبسني في البيت' });
    await post({ text: 'نعم', value: { choice: 'scr:urgent:yes' } });
    const code = /PW-[0-9A-Z]{5}/.exec((await poll()).join('\n'))?.[0] ?? '';
    expect(code).toMatch(/^PW-/);

    await api(`/referrals/${code}`, alice());
    await api(`/referrals/${code}/claim`, alice(), { body: {} });
    const sent = await api(`/referrals/${code}/messages`, alice(), { body: { text: 'مرحبا، أنا هنا' } });
    expect(sent.body.whatsappWindow).toBeNull();
    expect(await poll()).toEqual([expect.stringContaining(code), `رسالة من مستشارك (${code}):\nمرحبا، أنا هنا`]);

    await post({ text: 'شكرا لك' });
    await post({ text: '2' });
    const conversation = await api(`/referrals/${code}/conversation`, alice());
    expect((conversation.body.messages as { from: string; text: string }[]).filter((m) => m.from === 'user').map((m) => m.text)).toEqual(['شكرا لك', '2']);
    // One line saying the adviser is online; the bot does not answer what was meant for the adviser.
    expect(await poll()).toHaveLength(1);

    await api(`/referrals/${code}/chat`, alice(), { body: { open: false } });
    expect(await poll()).toEqual([expect.stringContaining(code)]);
    await post({ text: '2' });
    expect((await poll()).length).toBeGreaterThan(0);
  });

  it('queues a WhatsApp message for the worker; with the window closed it waits, announced by one template', async () => {
    const contact = '447700900777';
    const personKey = userKey(server.env.PEPPER ?? '', 'whatsapp', contact);
    const r = await seed({ userKey: personKey, contact, language: 'fr' });
    await api(`/referrals/${r.code}/claim`, alice(), { body: {} });
    const sent = await api(`/referrals/${r.code}/messages`, alice(), { body: { text: 'Please reply when you can.' } });
    expect((sent.body.messages as { delivery: string }[]).at(-1)?.delivery).toBe('pending');
    expect(sent.body.whatsappWindow).toEqual({ open: false, lastMessageAt: null, closesAt: null });
    await server.queue.drained();
    const held = new HeldMessages(db, { tableName: server.tableName, retentionDays: 30 });
    const waiting = await held.list(personKey);
    expect(waiting.map((m) => m.text)).toEqual([expect.stringContaining(r.code), expect.stringMatching(new RegExp(`^Message de votre conseiller \\(${r.code}\\)\\s:\nPlease reply when you can\\.$`))]);
    expect(waiting.every((m) => m.notifiedAt !== undefined)).toBe(true);
    const templates = () => server.graph.messagesFor(r.contact ?? '').map((m) => m.message as { type: string; template?: { name: string; language: { code: string } } });
    expect(templates()).toEqual([expect.objectContaining({ type: 'template', template: expect.objectContaining({ name: 'pathways_adviser_reply', language: { code: 'fr', policy: 'deterministic' } }) })]);
    expect((await api(`/referrals/${r.code}`, alice())).body.messages).toMatchObject([{ delivery: 'notified' }]);
    // A second message while the first waits: held too, but the person is not sent another template.
    await api(`/referrals/${r.code}/messages`, alice(), { body: { text: 'And bring your documents.' } });
    await server.queue.drained();
    expect(templates()).toHaveLength(1);
    expect(await held.list(personKey)).toHaveLength(3);
  });
});

describe('advisers API: responses match the OpenAPI document', () => {
  it('validates list, detail, counts and audit responses against the generated components', async () => {
    const doc = (await api('/openapi.json', undefined)).body as { components: { schemas: Record<string, object> } };
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    // The document itself is the base the components' "#/components/schemas/…" references resolve against.
    ajv.addSchema({ $id: 'https://pathways.invalid/openapi.json', components: doc.components });
    const check = (id: string, value: unknown) => {
      const validate = ajv.getSchema(`https://pathways.invalid/openapi.json#/components/schemas/${id}`);
      expect(validate?.(value), JSON.stringify(validate?.errors)).toBe(true);
    };
    const r = await seed({ language: 'ar' });
    check('ReferralList', (await api('/referrals', alice())).body);
    check('ReferralDetail', (await api(`/referrals/${r.code}/claim`, alice(), { body: {} })).body);
    check('ReferralDetail', (await api(`/referrals/${r.code}/messages`, alice(), { body: { text: 'Hello' } })).body);
    check('ReferralDetail', (await api(`/referrals/${r.code}/chat`, alice(), { body: { open: false } })).body);
    check('Conversation', (await api(`/referrals/${r.code}/conversation?after=2020-01-01T00:00:00Z`, alice())).body);
    check('QueueCounts', (await api('/counts', alice())).body);
    check('AuditTrail', (await api(`/referrals/${r.code}/audit`, lead())).body);
    check('Me', (await api('/me', lead())).body);
    check('Error', (await api('/referrals/PW-22222', alice())).body);
  });
});
