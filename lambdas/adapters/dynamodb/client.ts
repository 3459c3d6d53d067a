import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

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
