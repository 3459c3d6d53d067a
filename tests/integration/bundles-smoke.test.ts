import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFunction } from '../../scripts/bundle/bundle';
import { signDevAdviserToken } from '../../lambdas/adapters/security/adviser-dev-token';
import { buildContent } from '../../scripts/build/content';
import { ensureTable, startDynamo, type LocalDynamo } from '../../scripts/local/dynamo';

const run = promisify(execFile);
let dynamo: LocalDynamo;
let graph: Server;
const sent: unknown[] = [];
const tableName = `bundle-smoke-${process.pid}`;
const ADVISER_KEY = 'smoke-adviser-key-0123456789';

beforeAll(async () => {
  await buildContent();
  dynamo = await startDynamo({ dataDir: '', inMemory: true, endpoint: process.env.DYNAMODB_ENDPOINT || undefined });
  await ensureTable(dynamo.endpoint, tableName);
  graph = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      sent.push(JSON.parse(body));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ messages: [{ id: `wamid.smoke${sent.length}` }], success: true }));
    });
  });
  await new Promise<void>((r) => graph.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  graph.close();
  await dynamo.close();
});

/** Runs a script in a fresh Node process that imports the deployable bundle, exactly as Lambda would. */
async function inBundle(name: string, script: string): Promise<unknown> {
  const { file } = await bundleFunction(name, resolve(`.build/smoke/${name}`));
  const env = {
    ...process.env,
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'smoke',
    AWS_SECRET_ACCESS_KEY: 'smoke',
    PEPPER: 'smoke-pepper-0123456789',
    WEBCHAT_TOKEN_SECRET: 'smoke-token-secret-0123456789',
    WHATSAPP_ACCESS_TOKEN: 'smoke',
    WHATSAPP_PHONE_NUMBER_ID: '100000000000001',
    WHATSAPP_GRAPH_URL: `http://127.0.0.1:${(graph.address() as AddressInfo).port}`,
    LOG_LEVEL: 'error',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ADVISER_SIGNING_KEY: ADVISER_KEY,
  };
  const code = `const { handler } = await import(${JSON.stringify(`file://${file}`)});\n${script}`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code], { env });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? 'null');
}

const event = (method: string, path: string, body?: unknown, token?: string) =>
  JSON.stringify({
    version: '2.0', rawPath: path, rawQueryString: '', isBase64Encoded: false,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    requestContext: { http: { method, path, sourceIp: '127.0.0.1' } },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });

describe('the deployable bundles (botbuilder slimmed by the bundler) run real turns', () => {
  it('web chat: start a conversation, choose a language, read a topic', async () => {
    const result = (await inBundle(
      'webchat',
      `const start = JSON.parse((await handler(${event('POST', '/v3/directline/conversations')})).body);
       const post = (b) => handler({ ...${event('POST', '/x')}, rawPath: '/v3/directline/conversations/' + start.conversationId + '/activities', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + start.token }, body: JSON.stringify(b) });
       await post({ type: 'message', text: 'English', value: { choice: 'lang:en' } });
       await post({ type: 'message', text: 'what is a convention travel document' });
       const page = JSON.parse((await handler({ ...${event('GET', '/x')}, rawPath: '/v3/directline/conversations/' + start.conversationId + '/activities', headers: { authorization: 'Bearer ' + start.token } })).body);
       console.log(JSON.stringify(page.activities.map((a) => a.text)));`,
    )) as string[];
    expect(result.some((t) => /Convention Travel Document/.test(t))).toBe(true);
  });

  it('bot worker: a queued WhatsApp message is answered through the Graph API', async () => {
    const record = {
      messageId: 'm1', receiptHandle: 'r', md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: 'arn', awsRegion: 'us-east-1', messageAttributes: {},
      attributes: { MessageGroupId: 'g1', ApproximateReceiveCount: '1' },
      body: JSON.stringify({ kind: 'message', id: 'wamid.smoke-in', from: '447700900321', timestamp: Date.now(), phoneNumberId: '100000000000001', input: { kind: 'text', text: 'hello' }, needsReply: true }),
    };
    const result = await inBundle('bot-worker', `console.log(JSON.stringify(await handler({ Records: [${JSON.stringify(record)}] })));`);
    expect(result).toEqual({ batchItemFailures: [] });
    expect(JSON.stringify(sent)).toMatch(/I am Pathways/);
  });

  it("advisers' API: the OpenAPI document, an authenticated queue and a scheduled escalation run", async () => {
    const token = signDevAdviserToken(ADVISER_KEY, { org: 'demo-org-a', email: 'smoke@example.org' }, Date.now());
    const result = (await inBundle(
      'advisers-api',
      `const doc = await handler(${event('GET', '/advisers/api/openapi.json')});
       const list = await handler(${event('GET', '/advisers/api/referrals', undefined, token)});
       const escalation = await handler({ source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} });
       console.log(JSON.stringify([doc.statusCode, list.statusCode, JSON.parse(list.body), escalation]));`,
    )) as unknown[];
    expect(result).toEqual([200, 200, { items: [], cursor: null }, { escalated: 0 }]);
  });
});

describe('bundle budgets', () => {
  it('every function stays within its size budget, with the SDK’s credential chain reduced to the environment', async () => {
    const { FUNCTIONS } = await import('../../scripts/bundle/functions');
    const { writeShareContent } = await import('../../scripts/build/share-pages');
    await writeShareContent(await buildContent());
    for (const fn of FUNCTIONS) {
      const { bytes, metafile } = await bundleFunction(fn.name, resolve(`.build/smoke/budget-${fn.name}`));
      expect(bytes, `${fn.name} is ${Math.round(bytes / 1024)} KB`).toBeLessThanOrEqual(fn.budgetBytes);
      const inputs = Object.keys(metafile.inputs);
      expect(inputs.filter((i) => /credential-provider-(node|sso|ini|login|web-identity|process)/.test(i)), fn.name).toEqual([]);
      if (inputs.some((i) => i.includes('@aws-sdk/client-dynamodb'))) expect(inputs, fn.name).toContain('lambdas/adapters/aws/credentials-from-env.ts');
    }
  });
});

