import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../lambdas/adapters/dynamodb/client';
import { signBody } from '../../lambdas/channels/whatsapp/signature';
import { scanAll } from '../support/dynamo';
import { startTestServer } from '../support/local-server';

type Handler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
let server: Awaited<ReturnType<typeof startTestServer>>;
let webchat: Handler;
let webhook: Handler;
let advisers: Handler;
let share: Handler;
beforeAll(async () => {
  server = await startTestServer();
  webchat = (await import('../../lambdas/webchat/handler')).handler as Handler;
  webhook = (await import('../../lambdas/whatsapp-webhook/handler')).handler as Handler;
  advisers = (await import('../../lambdas/advisers-api/handler')).handler as Handler;
  share = (await import('../../lambdas/share/handler')).handler as Handler;
});
afterAll(() => server.stop());

/** The same event shape API Gateway gives the functions, built from fuzzed parts. */
function event(method: string, path: string, headers: Record<string, string>, body: string | undefined, base64: boolean): APIGatewayProxyEventV2 {
  return {
    version: '2.0', routeKey: '$default', rawPath: path, rawQueryString: '', headers,
    requestContext: {
      accountId: 'fuzz', apiId: 'fuzz', domainName: 'localhost', domainPrefix: 'localhost', requestId: 'fuzz', routeKey: '$default', stage: '$default',
      time: '', timeEpoch: 0, http: { method, path, protocol: 'HTTP/1.1', sourceIp: '10.0.0.1', userAgent: 'fuzz' },
    },
    ...(body === undefined ? {} : { body, isBase64Encoded: base64 }),
  } as APIGatewayProxyEventV2;
}

const method = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD');
const junk = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v)));
const bigJunk = fc.oneof(junk, fc.nat({ max: 300_000 }).map((n) => 'x'.repeat(n)));
const contentType = fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', '', 'application/json; charset=latin1', 'multipart/form-data');

async function snapshot(): Promise<string> {
  const db = createDocumentClient({ region: 'us-east-1', endpoint: server.dynamodbEndpoint });
  const items = await scanAll(db, server.tableName);
  db.destroy();
  return JSON.stringify(items.map((i) => [i.pk, i.sk, i.etag, i.seq, i.hits]).sort());
}

describe('fuzzing public endpoints: malformed input never gives a 5xx or changes what is stored', () => {
  it('Direct Line with forged or missing tokens', async () => {
    const before = await snapshot();
    const conversationPath = fc.oneof(
      fc.constantFrom('/v3/directline/conversations/abcdefgh12/activities', '/v3/directline/tokens/refresh', '/v3/directline/conversations/abcdefgh12'),
      fc.string().map((s) => `/v3/directline/${s}`),
    );
    const auth = fc.oneof(fc.constant(undefined), fc.string().map((s) => `Bearer ${s}`), fc.string(), fc.base64String().map((s) => `Bearer ${s}.${s}`));
    await fc.assert(
      fc.asyncProperty(method, conversationPath, auth, contentType, bigJunk, fc.boolean(), async (m, path, a, type, body, b64) => {
        const headers: Record<string, string> = { 'content-type': type, ...(a ? { authorization: a } : {}) };
        const result = await webchat(event(m, path, headers, body, b64));
        expect(result.statusCode).toBeGreaterThanOrEqual(400);
        expect(result.statusCode).toBeLessThan(500);
        expect(() => JSON.parse(result.body ?? '')).not.toThrow();
      }),
      { numRuns: 1500 },
    );
    expect(await snapshot()).toBe(before);
  });

  it('the WhatsApp webhook, unsigned, mis-signed and signed-but-malformed', async () => {
    const secret = server.env.WHATSAPP_APP_SECRET ?? '';
    const before = server.queue.stats();
    await fc.assert(
      fc.asyncProperty(method, bigJunk, fc.constantFrom('none', 'wrong', 'valid'), fc.boolean(), async (m, body, signing, b64) => {
        const raw = b64 ? Buffer.from(body).toString('base64') : body;
        const signature = signing === 'valid' ? signBody(Buffer.from(body), secret) : signing === 'wrong' ? signBody(body, 'wrong-secret-123') : undefined;
        const headers: Record<string, string> = { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) };
        const result = await webhook(event(m, '/whatsapp/webhook', headers, raw, b64));
        expect(result.statusCode).toBeLessThan(500);
        if (signing !== 'valid' && m === 'POST') expect(result.statusCode).toBe(body.length > 262_144 ? 413 : 401);
      }),
      { numRuns: 1500 },
    );
    // Arbitrary JSON is never a WhatsApp delivery with messages in it, so nothing may have been queued.
    expect(server.queue.stats()).toEqual(before);
  });

  it("the advisers' API with forged, expired or missing tokens", async () => {
    const before = await snapshot();
    const path = fc.oneof(
      fc.constantFrom('/advisers/api/referrals', '/advisers/api/referrals/PW-ABCDE', '/advisers/api/referrals/PW-ABCDE/claim', '/advisers/api/referrals/PW-ABCDE/notes', '/advisers/api/referrals/PW-ABCDE/status', '/advisers/api/referrals/PW-ABCDE/messages'),
      fc.string().map((x) => `/advisers/api/${x}`),
    );
    const auth = fc.oneof(fc.constant(undefined), fc.string().map((x) => `Bearer ${x}`), fc.base64String().map((x) => `Bearer ${x}.${x}.${x}`));
    await fc.assert(
      fc.asyncProperty(method, path, auth, contentType, bigJunk, fc.boolean(), async (m, p, a, type, body, b64) => {
        const result = await advisers(event(m, p, { 'content-type': type, ...(a ? { authorization: a } : {}) }, body, b64));
        expect(result.statusCode).toBeLessThan(500);
      }),
      { numRuns: 1000 },
    );
    expect(await snapshot()).toBe(before);
  });

  it('share links, QR codes and flyers with malformed topics, languages, codes and signatures', async () => {
    const before = await snapshot();
    const path = fc.oneof(fc.string().map((x) => `/s/${x}`), fc.string().map((x) => `/s/${x}/qr.svg`), fc.string().map((x) => `/s/${x}/flyer`), fc.constant('/s/sign'));
    const query = fc.dictionary(fc.constantFrom('lang', 'src', 'sig', 'topic', 'x'), fc.string({ maxLength: 300 }));
    await fc.assert(
      fc.asyncProperty(method, path, query, async (m, p, q) => {
        const e = event(m, p, { 'user-agent': 'Mozilla/5.0 (fuzz)' }, undefined, false);
        const result = await share({ ...e, queryStringParameters: q, rawQueryString: new URLSearchParams(q).toString() });
        expect(result.statusCode).toBeLessThan(500);
      }),
      { numRuns: 1000 },
    );
    expect(await snapshot()).toBe(before);
  });
});
