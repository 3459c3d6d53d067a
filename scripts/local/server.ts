import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { TABLE } from '../../lambdas/adapters/dynamodb/table';
import { invokeAsApiGateway, type HttpHandler } from './api-gateway';
import { loadDevSecrets } from './dev-secrets';
import { ensureTable, startDynamo } from './dynamo';
import { serveStatic } from './static-files';

export interface LocalServerOptions {
  port: number;
  dataDir: string;
  /** Another DynamoDB (e.g. DynamoDB Local) instead of the embedded one. */
  dynamodbEndpoint?: string;
  /** Tests use a throwaway in-memory store. */
  inMemory?: boolean;
  webRoot?: string;
  env?: Record<string, string | undefined>;
}

export interface LocalServer {
  url: string;
  dynamodbEndpoint: string;
  tableName: string;
  env: Record<string, string | undefined>;
  close(): Promise<void>;
}

/**
 * One Node process playing AWS: an embedded DynamoDB, API Gateway in front
 * of the real Lambda handlers, and the static pages CloudFront would serve.
 */
export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const dynamo = await startDynamo({ dataDir: options.dataDir, endpoint: options.dynamodbEndpoint, inMemory: options.inMemory });
  const secrets = await loadDevSecrets(options.dataDir);
  const env: Record<string, string | undefined> = {
    TABLE_NAME: TABLE.defaultName,
    AWS_REGION: 'us-east-1',
    PEPPER: secrets.pepper,
    WEBCHAT_TOKEN_SECRET: secrets.webchatTokenSecret,
    LOG_LEVEL: 'warn',
    ...options.env,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
  };
  await ensureTable(dynamo.endpoint, env.TABLE_NAME ?? TABLE.defaultName);
  // Handlers read their configuration from the environment at import, as on Lambda.
  Object.assign(process.env, env);
  const webchat = await importHandler('../../lambdas/webchat/handler');
  const webRoot = resolve(options.webRoot ?? '.build/web');

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = (): Promise<unknown> => {
      if (path === '/health' || path.startsWith('/v3/directline/')) return invokeAsApiGateway(req, res, webchat);
      return serveStatic(webRoot, path, String(req.headers['accept-encoding'] ?? ''), res).then((served) => {
        if (!served) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      });
    };
    route().catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'LocalServerError', message: 'local server failed' } }));
    });
  });
  await new Promise<void>((ready) => server.listen(options.port, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    dynamodbEndpoint: dynamo.endpoint,
    tableName: env.TABLE_NAME ?? TABLE.defaultName,
    env,
    close: async () => {
      await closeServer(server);
      await dynamo.close();
    },
  };
}

async function importHandler(path: string): Promise<HttpHandler> {
  const module = (await import(path)) as { handler: HttpHandler };
  return module.handler;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}
