import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTableCommand,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { fork } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { batchWriteAll } from '../../lambdas/adapters/dynamodb/client';
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

/**
 * Creates the table from the same definition the CDK stack uses; if it
 * exists (a data folder from an earlier version), adds any index it lacks.
 */
export async function ensureTable(endpoint: string, tableName: string, region = 'us-east-1'): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    await createTable(client, tableName);
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  let table = await untilActive(client, tableName);
  // A data folder from an earlier version: add the indexes it lacks (one per update, as DynamoDB allows).
  for (const index of Object.values(TABLE.indexes)) {
    if (hasIndex(table, index.name)) continue;
    const create = (extra: object) =>
      client.send(
        new UpdateTableCommand({
          TableName: tableName,
          AttributeDefinitions: keyAttributes().map((a) => ({ AttributeName: a.name, AttributeType: a.type })),
          GlobalSecondaryIndexUpdates: [{ Create: { ...indexDefinition(index), ...extra } }],
        }),
      );
    try {
      await create({});
    } catch (error) {
      // dynalite validates against the pre-on-demand API and wants a throughput, which DynamoDB refuses for on-demand tables.
      if (!(error instanceof Error && /provisionedThroughput/i.test(error.message))) throw error;
      await create({ ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } });
    }
    table = await untilActive(client, tableName);
    // dynalite accepts the update but cannot add an index: rebuild its table with the same items.
    if (!hasIndex(table, index.name)) table = await rebuild(client, tableName);
  }
  client.destroy();
}

async function createTable(client: DynamoDBClient, tableName: string): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: keyAttributes().map((a) => ({ AttributeName: a.name, AttributeType: a.type })),
      KeySchema: [
        { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: Object.values(TABLE.indexes).map(indexDefinition),
    }),
  );
}

const hasIndex = (table: TableDescription | undefined, name: string) => table?.GlobalSecondaryIndexes?.some((gsi) => gsi.IndexName === name) ?? false;

/** Copies every item out, recreates the table from the current definition and copies them back (local data is small). */
async function rebuild(client: DynamoDBClient, tableName: string): Promise<TableDescription | undefined> {
  // Numbers stay wrapped, so every value goes back exactly as it came out.
  const db = DynamoDBDocumentClient.from(client, { unmarshallOptions: { wrapNumbers: true } });
  const items = await scanAll(db, tableName);
  await client.send(new DeleteTableCommand({ TableName: tableName }));
  for (let gone = false, i = 0; !gone && i < 200; i++) {
    try {
      await client.send(new DescribeTableCommand({ TableName: tableName }));
      await new Promise((r) => setTimeout(r, 50));
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
      gone = true;
    }
  }
  await createTable(client, tableName);
  await untilActive(client, tableName);
  await batchWriteAll(db, tableName, items.map((Item) => ({ PutRequest: { Item } })));
  return untilActive(client, tableName);
}

/** Every item in the table (local tooling and tests only: the product never scans). */
export async function scanAll(db: DynamoDBDocumentClient, tableName: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start, ConsistentRead: true }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

function indexDefinition(index: (typeof TABLE.indexes)[keyof typeof TABLE.indexes]) {
  return {
    IndexName: index.name,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  };
}

async function untilActive(client: DynamoDBClient, tableName: string) {
  for (let i = 0; ; i++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const ready = Table?.TableStatus === 'ACTIVE' && (Table.GlobalSecondaryIndexes ?? []).every((gsi) => gsi.IndexStatus === undefined || gsi.IndexStatus === 'ACTIVE');
    if (ready || i >= 200) return Table;
    await new Promise((r) => setTimeout(r, 50));
  }
}
