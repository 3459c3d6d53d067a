import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanAll } from '../support/dynamo';
import { createDocumentClient } from '../../lambdas/adapters/dynamodb/client';
import { startTestServer } from '../support/local-server';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const api = (path: string, init: RequestInit = {}) => fetch(`${server.url}/v3/directline${path}`, init);
const jsonPost = (path: string, body: unknown, token?: string) =>
  api(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function start(): Promise<{ conversationId: string; token: string }> {
  const res = await api('/conversations', { method: 'POST' });
  expect(res.status).toBe(201);
  return (await res.json()) as { conversationId: string; token: string };
}

async function snapshot() {
  const db = createDocumentClient({ region: 'us-east-1', endpoint: server.dynamodbEndpoint });
  const items = await scanAll(db, server.tableName);
  db.destroy();
  return JSON.stringify(items.map((i) => [i.pk, i.sk, i.etag, i.seq]).sort());
}

describe('health', () => {
  it('reports version and a reachable store', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ storeReachable: true, version: expect.any(String) });
  });
});

describe('Direct Line subset', () => {
  it('runs a conversation: start, choose Arabic, poll with watermarks', async () => {
    const { conversationId, token } = await start();
    expect((await jsonPost(`/conversations/${conversationId}/activities`, { type: 'event', name: 'start' }, token)).status).toBe(200);
    let res = await api(`/conversations/${conversationId}/activities`, { headers: { authorization: `Bearer ${token}` } });
    let page = (await res.json()) as { activities: { text: string; suggestedActions?: { actions: { value: unknown }[] } }[]; watermark: string };
    const picker = page.activities.at(-1);
    expect(picker?.suggestedActions?.actions.map((a) => a.value)).toContainEqual({ choice: 'lang:ar' });
    await jsonPost(`/conversations/${conversationId}/activities`, { type: 'message', text: 'العربية', value: { choice: 'lang:ar' } }, token);
    res = await api(`/conversations/${conversationId}/activities?watermark=${page.watermark}`, { headers: { authorization: `Bearer ${token}` } });
    page = (await res.json()) as typeof page;
    expect(page.activities[0]?.text).toMatch(/العربية/);
    expect(Number(page.watermark)).toBeGreaterThan(2);
  });

  it('keeps tokens scoped: a token for conversation A cannot read or write B', async () => {
    const a = await start();
    const b = await start();
    const read = await api(`/conversations/${b.conversationId}/activities`, { headers: { authorization: `Bearer ${a.token}` } });
    expect(read.status).toBe(403);
    expect((await jsonPost(`/conversations/${b.conversationId}/activities`, { type: 'message', text: 'hi' }, a.token)).status).toBe(403);
  });

  it('issues tokens via /tokens/generate and refreshes them', async () => {
    const generated = (await (await jsonPost('/tokens/generate', {})).json()) as { token: string; conversationId: string };
    const started = await jsonPost('/conversations', {}, generated.token);
    expect(started.status).toBe(201);
    expect(((await started.json()) as { conversationId: string }).conversationId).toBe(generated.conversationId);
    const refreshed = await api('/tokens/refresh', { method: 'POST', headers: { authorization: `Bearer ${generated.token}` } });
    expect(refreshed.status).toBe(200);
  });
});

describe('retries from a client on a bad network', () => {
  type Page = { activities: { text?: string; replyToId?: string; from: { role: string } }[]; watermark: string };
  const read = async (conversationId: string, token: string) =>
    (await (await api(`/conversations/${conversationId}/activities`, { headers: { authorization: `Bearer ${token}` } })).json()) as Page;
  const repliesTo = (page: Page, id: string) => page.activities.filter((a) => a.replyToId === id);

  it('answers a message sent again with the same clientActivityID once, also when the copies race', async () => {
    const { conversationId, token } = await start();
    await jsonPost(`/conversations/${conversationId}/activities`, { type: 'event', name: 'start', value: { language: 'en' } }, token);
    const message = { type: 'message', text: 'can I work as a refugee', channelData: { clientActivityID: 'retry-test-0001' } };
    const first = await jsonPost(`/conversations/${conversationId}/activities`, message, token);
    expect(first.status).toBe(200);
    const { id } = (await first.json()) as { id: string };
    const answered = repliesTo(await read(conversationId, token), id);
    expect(answered.length).toBeGreaterThan(0);

    // The answer was lost on the way back: the client sends it again, twice at once and once more.
    const again = await Promise.all([0, 1].map(() => jsonPost(`/conversations/${conversationId}/activities`, message, token)));
    const last = await jsonPost(`/conversations/${conversationId}/activities`, message, token);
    for (const res of [...again, last]) {
      expect(res.status).toBe(200);
      expect(((await res.json()) as { id: string }).id).toBe(id);
    }
    expect(repliesTo(await read(conversationId, token), id)).toEqual(answered);

    // A new message with a new id is answered as usual.
    const next = await jsonPost(`/conversations/${conversationId}/activities`, { ...message, channelData: { clientActivityID: 'retry-test-0002' } }, token);
    const nextId = ((await next.json()) as { id: string }).id;
    expect(nextId).not.toBe(id);
    expect(repliesTo(await read(conversationId, token), nextId).length).toBeGreaterThan(0);
  });

  it('stores the answer on a retry when the first attempt saved the turn but failed to store its answer', async () => {
    const { conversationId, token } = await start();
    await jsonPost(`/conversations/${conversationId}/activities`, { type: 'event', name: 'start', value: { language: 'en' } }, token);
    const message = { type: 'message', text: 'what is fair recruitment', channelData: { clientActivityID: 'lost-answer-0001' } };
    const { id } = (await (await jsonPost(`/conversations/${conversationId}/activities`, message, token)).json()) as { id: string };
    const answer = repliesTo(await read(conversationId, token), id).map((a) => a.text);
    expect(answer.length).toBeGreaterThan(0);
    // The answer's places were reserved, then writing them failed (here: they are removed).
    const db = createDocumentClient({ region: 'us-east-1', endpoint: server.dynamodbEndpoint });
    const written = (await scanAll(db, server.tableName)).filter((i) => (i.activity as { replyToId?: string } | undefined)?.replyToId === id);
    expect(written).toHaveLength(answer.length);
    for (const item of written) await db.send(new DeleteCommand({ TableName: server.tableName, Key: { pk: item.pk, sk: item.sk } }));
    db.destroy();
    expect(repliesTo(await read(conversationId, token), id)).toEqual([]);
    const retry = await jsonPost(`/conversations/${conversationId}/activities`, message, token);
    expect(retry.status).toBe(200);
    expect(repliesTo(await read(conversationId, token), id).map((a) => a.text)).toEqual(answer);
  });

  it('answers the first copy once when the copies arrive together before any finished', async () => {
    const { conversationId, token } = await start();
    await jsonPost(`/conversations/${conversationId}/activities`, { type: 'event', name: 'start', value: { language: 'en' } }, token);
    const message = { type: 'message', text: 'what is a travel document', channelData: { clientActivityID: 'race-test-0001' } };
    const results = await Promise.all([0, 1, 2, 3].map(() => jsonPost(`/conversations/${conversationId}/activities`, message, token)));
    const ids = new Set(await Promise.all(results.map(async (r) => ((await r.json()) as { id: string }).id)));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    const page = await read(conversationId, token);
    const replies = repliesTo(page, id ?? '');
    expect(replies.length).toBeGreaterThan(0);
    // One turn's replies, not four: every reply text appears once.
    expect(new Set(replies.map((r) => r.text)).size).toBe(replies.length);
  });
});

describe('bad input gets a clear 4xx and changes nothing', () => {
  it.each([
    ['malformed JSON', (id: string, t: string) => jsonPost(`/conversations/${id}/activities`, '{"type":', t), 400],
    ['wrong content type', (id: string, t: string) => api(`/conversations/${id}/activities`, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${t}` }, body: 'hi' }), 415],
    ['oversized body', (id: string, t: string) => jsonPost(`/conversations/${id}/activities`, { type: 'message', text: 'x'.repeat(40_000) }, t), 413],
    ['text over 2000 characters', (id: string, t: string) => jsonPost(`/conversations/${id}/activities`, { type: 'message', text: 'x'.repeat(2001) }, t), 400],
    ['unknown activity type', (id: string, t: string) => jsonPost(`/conversations/${id}/activities`, { type: 'typing' }, t), 400],
    ['malformed clientActivityID', (id: string, t: string) => jsonPost(`/conversations/${id}/activities`, { type: 'message', text: 'hi', channelData: { clientActivityID: 'no spaces / slashes' } }, t), 400],
    ['missing token', (id: string) => jsonPost(`/conversations/${id}/activities`, { type: 'message', text: 'hi' }), 401],
    ['forged token', (id: string, t: string) => jsonPost(`/conversations/${id}/activities`, { type: 'message', text: 'hi' }, `${t.split('.')[0]}.AAAA`), 403],
    ['garbage token', (id: string) => jsonPost(`/conversations/${id}/activities`, { type: 'message', text: 'hi' }, 'not-a-token'), 403],
    ['bad watermark', (id: string, t: string) => api(`/conversations/${id}/activities?watermark=abc`, { headers: { authorization: `Bearer ${t}` } }), 400],
    ['unknown route', (_id: string, t: string) => api('/nothing-here', { headers: { authorization: `Bearer ${t}` } }), 404],
    ['wrong method', (id: string, t: string) => api(`/conversations/${id}/activities`, { method: 'DELETE', headers: { authorization: `Bearer ${t}` } }), 405],
  ])('%s', async (_name, send, status) => {
    const { conversationId, token } = await start();
    const before = await snapshot();
    const res = await send(conversationId, token);
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error?: { code: string; message: string } };
    expect(body.error?.message).toEqual(expect.any(String));
    expect(await snapshot()).toBe(before);
  });

  it('answers 403 for an expired token', async () => {
    const { WebchatTokens } = await import('../../lambdas/adapters/security/webchat-token');
    const tokens = new WebchatTokens(server.env.WEBCHAT_TOKEN_SECRET ?? '');
    const { conversationId } = await start();
    const expired = tokens.issue({ conversationId, userId: 'someone-old', exp: Math.floor(Date.now() / 1000) - 1 });
    const res = await api(`/conversations/${conversationId}/activities`, { headers: { authorization: `Bearer ${expired}` } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/expired/);
  });

  it('answers 404 for a genuine token whose conversation does not exist', async () => {
    const { WebchatTokens } = await import('../../lambdas/adapters/security/webchat-token');
    const tokens = new WebchatTokens(server.env.WEBCHAT_TOKEN_SECRET ?? '');
    const token = tokens.issue({ conversationId: 'never-started-1', userId: 'someone-new', exp: Math.floor(Date.now() / 1000) + 60 });
    const before = await snapshot();
    const res = await jsonPost('/conversations/never-started-1/activities', { type: 'message', text: 'hi' }, token);
    expect(res.status).toBe(404);
    expect(await snapshot()).toBe(before);
  });
});
