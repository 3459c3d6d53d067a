import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dynamoRequestCounts, resetDynamoRequestCounts } from '../../lambdas/adapters/dynamodb/client';
import type { SentMessage } from '../local/fake-graph';
import { startLocalServer, type LocalServer } from '../local/server';

export interface WhatsAppFigures {
  statuses: boolean;
  requestsPerText: Record<string, number>;
  requestsPerTextTotal: number;
  requestsPerTap: number;
  users: number;
  messages: number;
  seconds: number;
  messagesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Mean time in the worker per queue record (a message or a status), as a Lambda duration estimate. */
  workerMsPerRecord: number;
  /** Mean webhook handler time for one signed text delivery (verify, parse, enqueue). */
  webhookMs: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Resolves when `to` has received `count` more messages than `after`. */
function repliesFor(server: LocalServer, to: string, after: number, count: number): Promise<SentMessage> {
  return new Promise((resolve) => {
    const check = (sent?: SentMessage) => {
      const mine = server.graph.messagesFor(to).filter((m) => m.seq > after);
      if (mine.length >= count) {
        server.graph.listeners.delete(check);
        resolve(sent ?? mine[count - 1]!);
      }
    };
    server.graph.listeners.add(check);
    check();
  });
}

/**
 * The WhatsApp path end to end on the local server: DynamoDB requests per
 * inbound message (counted by middleware on the client), then 20 people
 * chatting at once, each sending the next message when the last was answered,
 * timed from the signed webhook to the first reply recorded by the Graph API.
 */
export async function benchWhatsApp(options: { users?: number; messagesPerUser?: number; statuses?: boolean } = {}): Promise<WhatsAppFigures> {
  const { users = 20, messagesPerUser = 15, statuses = true } = options;
  const server = await startLocalServer({ port: 0, dataDir: await mkdtemp(join(tmpdir(), 'pathways-bench-')), inMemory: true, env: { LOG_LEVEL: 'error' } });
  try {
    const probe = '447000000001';
    await server.simulator.sendAsUser(probe, { reply: { kind: 'list', id: 'lang:en', title: 'English' } });
    await new Promise((r) => setTimeout(r, 100));
    await server.queue.drained();
    server.graph.emitStatuses = false;
    resetDynamoRequestCounts();
    await server.simulator.sendAsUser(probe, { text: 'can I work in the country where I am a refugee' });
    await server.queue.drained();
    const requestsPerText = dynamoRequestCounts();
    resetDynamoRequestCounts();
    await server.simulator.sendAsUser(probe, { reply: { kind: 'list', id: 'area:rights', title: 'Your rights' } });
    await server.queue.drained();
    const requestsPerTap = Object.values(dynamoRequestCounts()).reduce((a, b) => a + b, 0);
    server.graph.emitStatuses = statuses;

    const texts = ['hello', 'can I work here', 'who pays the recruitment fee', 'what is a travel document', 'menu', '2', 'my contract is not in my language'];
    const latencies: number[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: users }, async (_, u) => {
        const phone = String(447100000000 + u);
        for (let i = 0; i < messagesPerUser; i++) {
          const after = server.graph.messagesFor(phone).at(-1)?.seq ?? 0;
          const sentAt = performance.now();
          const reply = repliesFor(server, phone, after, 1);
          await server.simulator.sendAsUser(phone, i === 0 ? { text: 'hi' } : i === 1 ? { reply: { kind: 'list', id: 'lang:en', title: 'English' } } : { text: texts[i % texts.length]! });
          latencies.push((await reply).atMs - sentAt);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      statuses,
      requestsPerText,
      requestsPerTextTotal: Object.values(requestsPerText).reduce((a, b) => a + b, 0),
      requestsPerTap,
      users,
      messages: users * messagesPerUser,
      seconds,
      messagesPerSecond: (users * messagesPerUser) / seconds,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      workerMsPerRecord: server.queue.workerMs / Math.max(1, server.queue.workerRecords),
      webhookMs: await timeWebhook(server),
    };
  } finally {
    await server.close();
  }
}

/** Times the webhook handler itself (as Lambda would bill it), on signed deliveries of one text message. */
async function timeWebhook(server: LocalServer, runs = 200): Promise<number> {
  const { handler } = (await import('../../lambdas/whatsapp-webhook/handler')) as { handler: (e: unknown) => Promise<unknown> };
  const { signBody } = await import('../../lambdas/channels/whatsapp/signature');
  const { inboundWebhook } = await import('../local/webhook-payloads');
  const { LOCAL_BUSINESS } = await import('../local/server');
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const body = JSON.stringify(inboundWebhook(LOCAL_BUSINESS, String(447200000000 + i), { text: 'hello' }));
    const event = {
      version: '2.0', rawPath: '/whatsapp/webhook', rawQueryString: '', isBase64Encoded: false, body,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(body, server.env.WHATSAPP_APP_SECRET ?? '') },
      requestContext: { http: { method: 'POST', path: '/whatsapp/webhook', sourceIp: '127.0.0.1' } },
    };
    const started = performance.now();
    await handler(event);
    total += performance.now() - started;
  }
  await server.queue.drained(60_000);
  return total / runs;
}
