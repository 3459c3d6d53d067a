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
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

/** Epoch seconds `days` from `nowMs`: the TTL attribute value. */
export function expiryAfterDays(nowMs: number, days: number): number {
  return Math.floor(nowMs / 1000) + Math.round(days * 86_400);
}

/** DynamoDB's TTL deletion lags up to 48 hours, so every read treats expired items as gone. */
export function isExpired(item: { expiresAt?: unknown } | undefined, nowMs: number): boolean {
  return typeof item?.expiresAt === 'number' && item.expiresAt * 1000 <= nowMs;
}
