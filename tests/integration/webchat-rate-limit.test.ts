import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/local-server';

// A file of its own: handlers read their configuration once per process, as on Lambda.
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer({ WEBCHAT_CONVERSATIONS_PER_IP_PER_MINUTE: '3' });
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
});
