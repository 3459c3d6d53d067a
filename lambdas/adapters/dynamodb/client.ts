import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoClientOptions {
  region: string;
  /** A local DynamoDB-compatible server (dynalite, DynamoDB Local); absent in AWS. */
  endpoint?: string;
}

/**
 * One document client per process. Locally the embedded store accepts any
 * credentials, so fixed dummy ones avoid reaching for a credentials chain
 * that does not exist on a developer's machine.
 */
export function createDocumentClient(options: DynamoClientOptions): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: options.region,
    ...(options.endpoint
      ? { endpoint: options.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  // Each request is latency and cost in AWS; counting them lets the benchmarks hold us to a budget per message.
  client.middlewareStack.add(
    (next, context) => (args) => {
      const name = String(context.commandName ?? 'unknown');
      requestCounts.set(name, (requestCounts.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'pathwaysRequestCounter' },
  );
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

const requestCounts = new Map<string, number>();

/** DynamoDB requests made by this process since the last reset, by command (for benchmarks and tests). */
export function dynamoRequestCounts(): Record<string, number> {
  return Object.fromEntries(requestCounts);
}

export function resetDynamoRequestCounts(): void {
  requestCounts.clear();
}

/** Epoch seconds `days` from `nowMs`: the TTL attribute value. */
export function expiryAfterDays(nowMs: number, days: number): number {
  return Math.floor(nowMs / 1000) + Math.round(days * 86_400);
}

/** DynamoDB's TTL deletion lags up to 48 hours, so every read treats expired items as gone. */
export function isExpired(item: { expiresAt?: unknown } | undefined, nowMs: number): boolean {
  return typeof item?.expiresAt === 'number' && item.expiresAt * 1000 <= nowMs;
}

type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Record<string, unknown> } };

/**
 * Writes any number of puts and deletes in batches of 25, retrying what
 * DynamoDB leaves unprocessed with backoff; throws if some never go through,
 * so a caller never believes a half-done write succeeded.
 */
export async function batchWriteAll(db: DynamoDBDocumentClient, tableName: string, requests: WriteRequest[]): Promise<void> {
  for (let i = 0; i < requests.length; i += 25) {
    let pending = requests.slice(i, i + 25);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 8) throw new Error(`${pending.length} writes were not processed`);
      const { UnprocessedItems } = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = (UnprocessedItems?.[tableName] ?? []) as WriteRequest[];
      if (pending.length) await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
    }
  }
}
