import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { performance } from 'node:perf_hooks';
import { createDocumentClient } from '../../lambdas/adapters/dynamodb/client';
import { referralItems } from '../../lambdas/adapters/dynamodb/referral-store';
import { signDevAdviserToken } from '../../lambdas/adapters/security/adviser-dev-token';
import { createAdvisersHandler } from '../../lambdas/advisers-api/app';
import { LANGUAGE_CODES } from '../../lambdas/core/languages';
import { referralCodeFrom, type NewReferral } from '../../lambdas/core/screening';
import { readContent } from '../build/content';
import { ensureTable, startDynamo } from '../local/dynamo';

const KEY = 'bench-adviser-signing-key-0123456789';
const NOW = Date.UTC(2025, 5, 1);

/**
 * The advisers' queue at scale: 10,000 referrals bulk-loaded (BatchWrite)
 * into the embedded store, then the queue listed through the real handler
 * (token check, Query on the queue index, mapping, JSON). Reports list
 * latency and how many Scans were sent (the queue must never Scan).
 */
export async function benchAdvisers(options: { referrals?: number; requests?: number } = {}): Promise<{ p50Ms: number; p99Ms: number; scans: number; filteredP99Ms: number; seedSeconds: number }> {
  const total = options.referrals ?? 10_000;
  const requests = options.requests ?? 300;
  const dynamo = await startDynamo({ dataDir: '', inMemory: true });
  const tableName = 'pathways-bench-advisers';
  await ensureTable(dynamo.endpoint, tableName);
  const db = createDocumentClient({ region: 'us-east-1', endpoint: dynamo.endpoint });
  try {
    const seedStart = performance.now();
    await seed(db, tableName, total);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    let scans = 0;
    db.middlewareStack.add((next, context) => async (args) => {
      if (context.commandName === 'ScanCommand') scans += 1;
      return next(args);
    }, { step: 'initialize', name: 'countScans' });
    const { bundle } = await readContent();
    const handler = createAdvisersHandler({ TABLE_NAME: tableName, ADVISER_SIGNING_KEY: KEY, LOG_LEVEL: 'error' }, bundle, { db, now: () => NOW });
    const token = signDevAdviserToken(KEY, { org: 'demo-org-a', email: 'bench@example.org' }, NOW);
    const list = async (query: Record<string, string>) => {
      const started = performance.now();
      const result = (await handler(listEvent(token, query))) as { statusCode: number };
      if (result.statusCode !== 200) throw new Error(`list answered ${result.statusCode}`);
      return performance.now() - started;
    };
    for (let i = 0; i < 20; i++) await list({ limit: '25' });
    const plain = [];
    for (let i = 0; i < requests; i++) plain.push(await list({ limit: '25', ...(i % 3 === 1 ? { urgency: 'normal' } : {}) }));
    const filtered = [];
    for (let i = 0; i < Math.ceil(requests / 3); i++) filtered.push(await list({ limit: '25', language: 'ar' }));
    return { p50Ms: percentile(plain, 50), p99Ms: percentile(plain, 99), scans, filteredP99Ms: percentile(filtered, 99), seedSeconds };
  } finally {
    db.destroy();
    await dynamo.close();
  }
}

async function seed(db: DynamoDBDocumentClient, tableName: string, total: number): Promise<void> {
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < total; i++) {
    const { pointer, referral, audit } = referralItems(benchReferral(i));
    items.push(pointer, referral, { pk: referral.pk, sk: 'AUDIT#000001', entry: audit, expiresAt: referral.expiresAt });
  }
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  // A few writers at once, as a bulk import would run.
  await Promise.all(Array.from({ length: 8 }, async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      let pending = batch.map((Item) => ({ PutRequest: { Item } }));
      while (pending.length > 0) {
        const { UnprocessedItems } = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
        pending = (UnprocessedItems?.[tableName] ?? []) as typeof pending;
      }
    }
  }));
}

function benchReferral(i: number): NewReferral {
  const language = LANGUAGE_CODES[i % LANGUAGE_CODES.length] ?? 'en';
  const createdAt = NOW - (i + 1) * 60_000;
  const organisation = i % 4 === 0 ? 'demo-org-b' : 'demo-org-a';
  return {
    code: referralCodeFrom(`bench-${i}`),
    userKey: `U#bench-${i}`,
    channel: i % 2 ? 'whatsapp' : 'webchat',
    ...(i % 2 ? { contact: `+2547000${String(i).padStart(5, '0')}` } : { conversationId: `conv-bench-${i}` }),
    language,
    country: 'JO',
    pathway: i % 10 === 0 ? 'urgent' : 'labour-mobility-adviser',
    organisation,
    urgent: i % 10 === 0,
    answers: { status: 'refugee', age: 20 + (i % 40), interest: 'work', country: 'jo', occupation: '7', occupationDetail: '71', experience: i % 20 },
    isco: '71',
    criteriaMet: ['protection-status', 'adult', 'wants-work', 'covered'],
    criteriaMissed: [],
    topicsRead: ['rights.right-to-work'],
    consent: { noticeVersion: 'bench', at: createdAt, language, organisation, retentionDays: 180, shared: ['answers'] },
    createdAt,
  };
}

function listEvent(token: string, query: Record<string, string>): APIGatewayProxyEventV2 {
  const rawQueryString = new URLSearchParams(query).toString();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/advisers/api/referrals',
    rawQueryString,
    queryStringParameters: query,
    headers: { authorization: `Bearer ${token}` },
    requestContext: { http: { method: 'GET', path: '/advisers/api/referrals', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' } },
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  console.log(await benchAdvisers());
}
