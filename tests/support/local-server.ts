import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAll } from '../../scripts/build';
import { startLocalServer, type LocalServer } from '../../scripts/local/server';

/**
 * Starts the whole local service for a test file: a throwaway embedded store
 * (or the DynamoDB named by DYNAMODB_ENDPOINT, with a table of its own) and
 * the real handlers behind the local API Gateway.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  options: { queueRetryDelayMs?: number } = {},
): Promise<LocalServer & { stop(): Promise<void> }> {
  await buildAll();
  const dataDir = await mkdtemp(join(tmpdir(), 'pathways-test-'));
  const external = process.env.DYNAMODB_ENDPOINT || undefined;
  const server = await startLocalServer({
    port: 0,
    dataDir,
    inMemory: true,
    ...options,
    dynamodbEndpoint: external,
    env: { TABLE_NAME: `pathways-test-${process.pid}-${Date.now()}`, ...env },
  });
  return {
    ...server,
    stop: async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
