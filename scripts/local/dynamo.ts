import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import { fork } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TABLE, keyAttributes } from '../../lambdas/adapters/dynamodb/table';

export interface LocalDynamo {
  endpoint: string;
  close(): Promise<void>;
}

/**
 * Starts dynalite (an embedded DynamoDB implementation on LevelDB) persisting
 * under `dataDir`, unless `endpoint` names another DynamoDB to use instead.
 * It runs in a child process, like the real service runs elsewhere: the
 * handlers keep their event loop, and the store gets the other core.
 */
export async function startDynamo(options: { dataDir: string; endpoint?: string; inMemory?: boolean }): Promise<LocalDynamo> {
  if (options.endpoint) return { endpoint: options.endpoint, close: async () => undefined };
  const path = join(options.dataDir, 'dynamodb');
  if (!options.inMemory) await mkdir(path, { recursive: true });
  // execArgv: [] so the child does not inherit a TypeScript loader or a test runner's flags.
  const child = fork(fileURLToPath(new URL('./dynalite-child.mjs', import.meta.url)), [JSON.stringify(options.inMemory ? {} : { path })], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    execArgv: [],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the embedded DynamoDB did not start within 15 s')), 15_000);
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve((message as { port: number }).port);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the embedded DynamoDB exited (code ${code})`));
    });
  });
  // Its IPC channel would keep the parent alive; the parent's exit still stops the child (disconnect).
  child.unref();
  child.channel?.unref();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        // Held while it stops, so the process waits for it rather than ending mid-shutdown.
        child.ref();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Creates the table from the same definition the CDK stack uses; a no-op if it exists. */
export async function ensureTable(endpoint: string, tableName: string, region = 'us-east-1'): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: keyAttributes().map((a) => ({ AttributeName: a.name, AttributeType: a.type })),
        KeySchema: [
          { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: Object.values(TABLE.indexes).map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  for (let i = 0; i < 100; i++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') break;
    await new Promise((r) => setTimeout(r, 50));
  }
  client.destroy();
}
