import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createDocumentClient } from '../../lambdas/adapters/dynamodb/client';
import { DynamoStateStore, StateConflictError } from '../../lambdas/adapters/dynamodb/state-store';
import { TABLE } from '../../lambdas/adapters/dynamodb/table';
import { userKey } from '../../lambdas/adapters/security/user-key';
import { CHANNEL_STATE_KEY, lastInboundAtOf } from '../../lambdas/channels/channel-state';
import { invokeAsApiGateway, type HttpHandler } from './api-gateway';
import { loadDevSecrets } from './dev-secrets';
import { ensureTable, startDynamo } from './dynamo';
import { devAdvisers } from './dev-advisers';
import { FakeGraph } from './fake-graph';
import { helperPage } from './helper-pages';
import { sendJson } from './http-util';
import { InProcessFifoQueue } from './in-process-queue';
import { handleSqs } from './sqs-endpoint';
import { serveStatic } from './static-files';
import { WhatsAppSimulator } from './whatsapp-simulator';
import { WorkerThread } from './worker-thread';

export interface LocalServerOptions {
  port: number;
  dataDir: string;
  /** Another DynamoDB (e.g. DynamoDB Local) instead of the embedded one. */
  dynamodbEndpoint?: string;
  /** Tests use a throwaway in-memory store. */
  inMemory?: boolean;
  webRoot?: string;
  env?: Record<string, string | undefined>;
  /** Queue retry delay; tests shorten it. */
  queueRetryDelayMs?: number;
}

export interface LocalServer {
  url: string;
  dynamodbEndpoint: string;
  tableName: string;
  env: Record<string, string | undefined>;
  queue: InProcessFifoQueue;
  /** This server's own instance of the webhook handler (the benchmarks time it as Lambda would bill it). */
  webhookHandler: HttpHandler;
  /** DynamoDB requests the worker made, by command (reset when asked): the benchmarks count them. */
  workerRequestCounts(reset?: boolean): Promise<Record<string, number>>;
  graph: FakeGraph;
  simulator: WhatsAppSimulator;
  close(): Promise<void>;
}

/** The local business number the simulator plays. */
export const LOCAL_BUSINESS = { phoneNumberId: '100000000000001', displayPhoneNumber: '15550000001' };

type Route = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<unknown> | undefined;

/**
 * One Node process playing AWS and Meta: API Gateway in front of the real
 * Lambda handlers, an SQS FIFO queue feeding the real worker (in a thread of
 * its own), Meta's webhook deliveries and Graph API, and the static pages;
 * the embedded DynamoDB runs in a child process.
 */
export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const dynamo = await startDynamo({ dataDir: options.dataDir, endpoint: options.dynamodbEndpoint, inMemory: options.inMemory });
  const secrets = await loadDevSecrets(options.dataDir);
  let route: Route = async (_req, res) => sendJson(res, 503, { error: 'starting' });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    Promise.resolve(route(req, res, path)).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'LocalServerError', message: 'local server failed' } });
      else res.end();
    });
  });
  // Longer than clients' keep-alive, so a reused connection is never closed under them (ECONNRESET under load).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((ready) => server.listen(options.port, '127.0.0.1', ready));
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;

  const env: Record<string, string | undefined> = {
    TABLE_NAME: TABLE.defaultName,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    PEPPER: secrets.pepper,
    WEBCHAT_TOKEN_SECRET: secrets.webchatTokenSecret,
    WHATSAPP_APP_SECRET: secrets.whatsappAppSecret,
    WHATSAPP_VERIFY_TOKEN: secrets.whatsappVerifyToken,
    WHATSAPP_ACCESS_TOKEN: secrets.whatsappAccessToken,
    WHATSAPP_PHONE_NUMBER_ID: LOCAL_BUSINESS.phoneNumberId,
    WHATSAPP_DISPLAY_NUMBER: LOCAL_BUSINESS.displayPhoneNumber,
    LINK_SIGNING_SECRET: secrets.linkSigningSecret,
    PUBLIC_BASE_URL: url,
    WHATSAPP_GRAPH_URL: `${url}/dev/graph`,
    QUEUE_URL: `${url}/dev/sqs/000000000000/pathways-inbound.fifo`,
    LOG_LEVEL: 'warn',
    // Advisers: the local stand-in for Cognito, and notifications into /dev/mailbox.
    ADVISER_SIGNING_KEY: secrets.adviserSigningKey,
    NOTIFY_MODE: 'mailbox',
    ...options.env,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
  };
  await ensureTable(dynamo.endpoint, env.TABLE_NAME ?? TABLE.defaultName);
  // Handlers read their configuration from the environment at import, as on Lambda.
  Object.assign(process.env, env);
  const instance = ++servers;
  const webchat = await importHandler<HttpHandler>('../../lambdas/webchat/handler', instance);
  const webhook = await importHandler<HttpHandler>('../../lambdas/whatsapp-webhook/handler', instance);
  // The worker runs in a thread of its own, as each Lambda has its own environment: bot turns never hold up HTTP.
  const workerThread = await WorkerThread.start();
  const share = await importHandler<HttpHandler>('../../lambdas/share/handler', instance);
  const advisers = devAdvisers(await importHandler<HttpHandler>('../../lambdas/advisers-api/handler', instance), {
    signingKey: secrets.adviserSigningKey,
    endpoint: dynamo.endpoint,
    tableName: env.TABLE_NAME ?? TABLE.defaultName,
    baseUrl: () => url,
  });

  const queue = new InProcessFifoQueue(workerThread.handler, { maxReceiveCount: 5, retryDelayMs: options.queueRetryDelayMs ?? 1_000, batchSize: 10 });
  const simulatorRef: { current?: WhatsAppSimulator } = {};
  const graph = new FakeGraph(env.WHATSAPP_ACCESS_TOKEN ?? '', (s) => void simulatorRef.current?.sendStatus(s.id, s.to, s.status).catch(() => undefined));
  const simulator = new WhatsAppSimulator({
    webhookUrl: `${url}/whatsapp/webhook`,
    appSecret: env.WHATSAPP_APP_SECRET ?? '',
    business: LOCAL_BUSINESS,
    graph,
    ageBotWindow: botWindowAger(dynamo.endpoint, env.TABLE_NAME ?? TABLE.defaultName, env.PEPPER ?? ''),
  });
  simulatorRef.current = simulator;
  const webRoot = resolve(options.webRoot ?? '.build/web');

  route = (req, res, path) => {
    if (path === '/health' || path.startsWith('/v3/directline/')) return invokeAsApiGateway(req, res, webchat);
    if (path === '/whatsapp/webhook') return invokeAsApiGateway(req, res, webhook);
    // SQS's JSON protocol posts to the endpoint's root and names the action in a header.
    if (String(req.headers['x-amz-target'] ?? '').startsWith('AmazonSQS.')) return handleSqs(req, res, queue);
    if (path.startsWith('/dev/graph/')) return graph.handle(req, res);
    if (path === '/dev/queue') return Promise.resolve(sendJson(res, 200, { ...queue.stats(), deadLetterList: queue.deadLetters.map(({ body: _b, ...meta }) => meta) }));
    if (path.startsWith('/dev/whatsapp/')) return simulator.handle(req, res, path);
    // Advisers' API (/advisers/api/*) and its dev pages (/dev/mailbox, /dev/advisers/*); the console is static under /advisers/.
    const adviserRoute = advisers(req, res, path);
    if (adviserRoute) return adviserRoute;
    // Helpers' links: /s/* is the share function (behind API Gateway in AWS too); /t/ and /share are static pages.
    if (path.startsWith('/s/')) return invokeAsApiGateway(req, res, share);
    const helper = helperPage(path, new URL(req.url ?? '/', 'http://localhost').searchParams);
    if (helper) return serveHelperPage(webRoot, helper, String(req.headers['accept-encoding'] ?? ''), res);
    const page = path === '/dev/whatsapp' ? '/dev/whatsapp.html' : path === '/privacy' ? privacyPage(req.url) : path;
    return serveStatic(webRoot, page, String(req.headers['accept-encoding'] ?? ''), res).then((served) => {
      if (!served) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
  };

  return {
    url,
    dynamodbEndpoint: dynamo.endpoint,
    tableName: env.TABLE_NAME ?? TABLE.defaultName,
    env,
    queue,
    webhookHandler: webhook,
    workerRequestCounts: (reset) => workerThread.requestCounts(reset),
    graph,
    simulator,
    close: async () => {
      queue.close();
      await workerThread.close();
      await closeServer(server);
      await dynamo.close();
    },
  };
}

/**
 * For the simulator's "a day later": moves the time of the person's last
 * message back in their stored state, as if that time had passed, so the
 * worker sees the 24-hour window closed. Retries if a turn writes meanwhile.
 */
function botWindowAger(endpoint: string, tableName: string, pepper: string) {
  const states = new DynamoStateStore(createDocumentClient({ region: 'us-east-1', endpoint }), { tableName, retentionDays: 1 });
  return async (waId: string, ms: number): Promise<void> => {
    const key = userKey(pepper, 'whatsapp', waId);
    for (let attempt = 0; attempt < 5; attempt++) {
      const stored = await states.read(key);
      const last = lastInboundAtOf(stored?.value);
      if (!stored || last === undefined) return;
      const channel = stored.value[CHANNEL_STATE_KEY] as Record<string, unknown>;
      try {
        await states.write(key, { ...stored.value, [CHANNEL_STATE_KEY]: { ...channel, lastInboundAt: last - ms } }, stored.eTag);
        return;
      } catch (error) {
        if (!(error instanceof StateConflictError)) throw error;
      }
    }
  };
}

async function serveHelperPage(root: string, page: { file: string | null; notFound: string }, acceptEncoding: string, res: ServerResponse): Promise<void> {
  if (page.file && (await serveStatic(root, page.file, acceptEncoding, res))) return;
  if (!(await serveStatic(root, page.notFound, acceptEncoding, res, 404))) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
}

let servers = 0;

/**
 * A handler module of its own for each server: its composition root reads
 * the environment at import (as on Lambda), so a second server in the same
 * process (the benchmarks start several) must not reuse the first one's.
 */
async function importHandler<T>(path: string, server: number): Promise<T> {
  return ((await import(`${path}?server=${server}`)) as { handler: T }).handler;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

/** `/privacy?lang=xx` → the pre-built page for that language (English when the language is unknown). */
function privacyPage(url: string | undefined): string {
  const lang = new URL(url ?? '/', 'http://localhost').searchParams.get('lang') ?? 'en';
  return `/privacy/${/^[a-zA-Z-]{2,5}$/.test(lang) ? lang : 'en'}.html`;
}
