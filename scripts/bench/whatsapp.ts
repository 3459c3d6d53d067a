import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setLogSink } from '../../lambdas/adapters/observability/logger';
import type { SentMessage } from '../local/fake-graph';
import { startLocalServer, type LocalServer } from '../local/server';
import { newWamid, type SimulatedInput } from '../local/webhook-payloads';

/** One load run: how many messages, how fast, and how long each waited for its first reply. */
export interface LoadFigures {
  messages: number;
  /** Messages with no reply by the deadline (should be 0; reported rather than waited on forever). */
  unanswered: number;
  seconds: number;
  messagesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface WhatsAppFigures {
  statuses: boolean;
  requestsPerText: Record<string, number>;
  requestsPerTextTotal: number;
  requestsPerTap: number;
  users: number;
  /**
   * Closed loop, no pause: each person writes again as soon as their last
   * message was answered. Bounded by per-person order (a person's next
   * message waits for every reply to the last one), not by the server.
   */
  closedLoop: LoadFigures;
  /** Paced: the people together write `rate` messages a second, each on a schedule, whatever the replies do; one run per rate. */
  paced: (LoadFigures & { rate: number })[];
  /** Mean time in the worker per queue record (a message or a status), as a Lambda duration estimate. */
  workerMsPerRecord: number;
  /** Mean webhook handler time for one signed text delivery (verify, parse, enqueue). */
  webhookMs: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const TEXTS = ['hello', 'can I work here', 'who pays the recruitment fee', 'what is a travel document', 'menu', '2', 'my contract is not in my language'];
const nthMessage = (i: number): SimulatedInput => (i === 0 ? { text: 'hi' } : i === 1 ? { reply: { kind: 'list', id: 'lang:en', title: 'English' } } : { text: TEXTS[i % TEXTS.length]! });

/**
 * Matches each reply to the message it answers, without scanning: the worker
 * marks a message read before answering it, and a person's messages are
 * answered one at a time, so the first reply after a message's read mark is
 * its answer. Resolves with the time of that first reply.
 */
class FirstReplies {
  private readonly answering = new Map<string, string>();
  private readonly waiting = new Map<string, { to: string; resolve: (atMs: number) => void }>();

  constructor(private readonly server: LocalServer) {
    server.graph.readListeners.add(this.onRead);
    server.graph.listeners.add(this.onSent);
  }

  /** The time of the first reply to `messageId`, or NaN if none came within `deadlineMs`. */
  expect(messageId: string, to: string, deadlineMs = 30_000): Promise<number> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(messageId);
        resolve(Number.NaN);
      }, deadlineMs);
      this.waiting.set(messageId, { to, resolve: (at) => (clearTimeout(timer), resolve(at)) });
    });
  }

  close(): void {
    this.server.graph.readListeners.delete(this.onRead);
    this.server.graph.listeners.delete(this.onSent);
  }

  private readonly onRead = (messageId: string) => {
    const waiter = this.waiting.get(messageId);
    if (waiter) this.answering.set(waiter.to, messageId);
  };

  private readonly onSent = (sent: SentMessage) => {
    const messageId = this.answering.get(sent.to);
    const waiter = messageId === undefined ? undefined : this.waiting.get(messageId);
    if (!messageId || !waiter) return;
    this.answering.delete(sent.to);
    this.waiting.delete(messageId);
    waiter.resolve(sent.atMs);
  };
}

/**
 * The WhatsApp path end to end on the local server: DynamoDB requests per
 * inbound message (counted by middleware on the worker's client), then 20
 * people chatting at once, timed from the signed webhook to the first reply
 * recorded by the Graph API: first flat out (capacity), then paced at `rate`
 * messages a second in all (latency at that load, counted from when each
 * message was due, so a slow reply cannot hide the ones queued behind it).
 */
export async function benchWhatsApp(options: { users?: number; messagesPerUser?: number; statuses?: boolean; rates?: number[]; pacedSeconds?: number } = {}): Promise<WhatsAppFigures> {
  // Each paced run lasts 3.6 s with fresh people: at 100 a second that is 18 messages each, under the
  // flood control's 20 per person per minute (RATE_LIMIT_PER_MINUTE); faster runs are shortened to match.
  const { users = 20, messagesPerUser = 15, statuses = true, rates = [50, 75, 100, 125, 150], pacedSeconds = 3.6 } = options;
  const dataDir = await mkdtemp(join(tmpdir(), 'pathways-bench-'));
  // Thousands of metric lines (one per topic read) would bury the figures; errors still print.
  const previousSink = setLogSink((line) => {
    if (!line.startsWith('{"_aws"')) process.stdout.write(`${line}\n`);
  });
  const server = await startLocalServer({ port: 0, dataDir, inMemory: true, env: { LOG_LEVEL: 'error' } });
  try {
    // Counted with no status webhooks at all, so none of them lands in the window: one inbound message's own cost.
    server.graph.emitStatuses = false;
    const probe = '447000000001';
    await server.simulator.sendAsUser(probe, { reply: { kind: 'list', id: 'lang:en', title: 'English' } });
    await server.queue.drained();
    await server.workerRequestCounts(true);
    await server.simulator.sendAsUser(probe, { text: 'can I work in the country where I am a refugee' });
    await server.queue.drained();
    const requestsPerText = await server.workerRequestCounts(true);
    await server.simulator.sendAsUser(probe, { reply: { kind: 'list', id: 'area:rights', title: 'Your rights' } });
    await server.queue.drained();
    const requestsPerTap = Object.values(await server.workerRequestCounts(true)).reduce((a, b) => a + b, 0);
    server.graph.emitStatuses = statuses;

    const closed = await closedLoop(server, users, messagesPerUser, 447100000000);
    await server.queue.drained(60_000);
    const paced: WhatsAppFigures['paced'] = [];
    for (const [n, rate] of rates.entries()) {
      if (process.env.BENCH_TRACE) console.error(`[bench] ${new Date().toISOString()} paced ${rate}/s, queue ${JSON.stringify(server.queue.stats())}`);
      const seconds = Math.min(pacedSeconds, (18 * users) / rate);
      paced.push({ ...(await pacedLoad(server, users, rate, seconds, 447300000000 + n * 1000)), rate });
      await server.queue.drained(60_000);
    }
    return {
      statuses,
      requestsPerText,
      requestsPerTextTotal: Object.values(requestsPerText).reduce((a, b) => a + b, 0),
      requestsPerTap,
      users,
      closedLoop: closed,
      paced,
      workerMsPerRecord: server.queue.workerMs / Math.max(1, server.queue.workerRecords),
      webhookMs: await timeWebhook(server),
    };
  } finally {
    await server.close();
    setLogSink(previousSink);
    await rm(dataDir, { recursive: true, force: true });
  }
}

function figures(all: number[], seconds: number): LoadFigures {
  const latencies = all.filter((l) => !Number.isNaN(l)).sort((a, b) => a - b);
  return { messages: all.length, unanswered: all.length - latencies.length, seconds, messagesPerSecond: latencies.length / seconds, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
}

/** Each person writes again the moment their last message is answered. */
async function closedLoop(server: LocalServer, users: number, messagesPerUser: number, firstNumber: number): Promise<LoadFigures> {
  const replies = new FirstReplies(server);
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: users }, async (_, u) => {
      const phone = String(firstNumber + u);
      for (let i = 0; i < messagesPerUser; i++) {
        const id = newWamid();
        const answered = replies.expect(id, phone);
        const sentAt = performance.now();
        await server.simulator.sendAsUser(phone, nthMessage(i), id);
        latencies.push((await answered) - sentAt);
      }
    }),
  );
  replies.close();
  return figures(latencies, (performance.now() - started) / 1000);
}

/** Each person writes on a fixed schedule (all together `rate` a second, spread evenly), not waiting for answers. */
async function pacedLoad(server: LocalServer, users: number, rate: number, seconds: number, firstNumber: number): Promise<LoadFigures> {
  const replies = new FirstReplies(server);
  const interval = (users / rate) * 1000;
  const perUser = Math.max(1, Math.round((seconds * 1000) / interval));
  const waits: Promise<number>[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: users }, async (_, u) => {
      const phone = String(firstNumber + u);
      for (let i = 0; i < perUser; i++) {
        const due = started + (u / users) * interval + i * interval;
        const delay = due - performance.now();
        if (delay > 0) await new Promise((r) => setTimeout(r, delay));
        const id = newWamid();
        waits.push(replies.expect(id, phone).then((at) => at - due));
        void server.simulator.sendAsUser(phone, nthMessage(i), id);
      }
    }),
  );
  const latencies = await Promise.all(waits);
  replies.close();
  return figures(latencies, (performance.now() - started) / 1000);
}

/** Times the webhook handler itself (as Lambda would bill it), on signed deliveries of one text message. */
async function timeWebhook(server: LocalServer, runs = 200): Promise<number> {
  // This server's instance: a handler module holds the secrets of the server it was started for.
  const handler = server.webhookHandler as unknown as (e: unknown) => Promise<{ statusCode?: number }>;
  const { signBody } = await import('../../lambdas/channels/whatsapp/signature');
  const { inboundWebhook } = await import('../local/webhook-payloads');
  const { LOCAL_BUSINESS } = await import('../local/server');
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const from = String(447200000000 + i);
    const body = JSON.stringify(inboundWebhook(LOCAL_BUSINESS, from, { text: 'hello' }));
    // Posted straight to the handler, so tell the fake Meta the person wrote (the simulator does this itself).
    server.graph.noteInbound(from, Date.now());
    const event = {
      version: '2.0', rawPath: '/whatsapp/webhook', rawQueryString: '', isBase64Encoded: false, body,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(body, server.env.WHATSAPP_APP_SECRET ?? '') },
      requestContext: { http: { method: 'POST', path: '/whatsapp/webhook', sourceIp: '127.0.0.1' } },
    };
    const started = performance.now();
    const result = await handler(event);
    total += performance.now() - started;
    if (result.statusCode !== 200) throw new Error(`webhook answered ${result.statusCode} to a signed delivery`);
  }
  await server.queue.drained(60_000);
  return total / runs;
}
