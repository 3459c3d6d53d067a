import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/local-server';

const PROOF = 'proof-that-this-came-through-cloudfront-0123';

// A file of its own: handlers read their configuration once per process, as on Lambda.
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer({ WEBCHAT_CONVERSATIONS_PER_IP_PER_MINUTE: '3', ORIGIN_PROOF: PROOF });
});
afterAll(() => server.stop());

describe('abuse resistance', () => {
  it('limits new conversations per network, with 429 and Retry-After, storing no address', async () => {
    const responses: Response[] = [];
    for (let i = 0; i < 5; i++) responses.push(await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST' }));
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 429, 429]);
    expect(responses[4]?.headers.get('retry-after')).toBe('60');
    const { scanAll } = await import('../support/dynamo');
    const { createDocumentClient } = await import('../../lambdas/adapters/dynamodb/client');
    const db = createDocumentClient({ region: 'us-east-1', endpoint: server.dynamodbEndpoint });
    expect(JSON.stringify(await scanAll(db, server.tableName))).not.toContain('127.0.0.1');
    db.destroy();
  });

  it('behind the CDN, counts each viewer’s network, not the edge server, and believes the address only with the proof', async () => {
    // The test server's own address (every request here comes from it) is already at its limit from the test above.
    const start = (headers: Record<string, string>) => fetch(`${server.url}/v3/directline/conversations`, { method: 'POST', headers });
    const via = (viewer: string) => ({ 'x-pathways-viewer': viewer, 'x-pathways-origin': PROOF });
    const neighbours = await Promise.all(['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4'].map((ip) => start(via(ip))));
    expect(neighbours.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    const one = [];
    for (let i = 0; i < 4; i++) one.push((await start(via('203.0.113.5'))).status);
    expect(one).toEqual([201, 201, 201, 429]);
    // Without the proof, or with a wrong one, a claimed address is ignored and the real source is limited.
    expect((await start({ 'x-pathways-viewer': '192.0.2.77' })).status).toBe(429);
    expect((await start({ 'x-pathways-viewer': '192.0.2.78', 'x-pathways-origin': `${PROOF}-forged` })).status).toBe(429);
  });
});
