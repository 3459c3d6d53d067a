import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { expiryAfterDays, isExpired } from './client';

/** Another writer changed the item since it was read; the caller re-runs its turn on fresh state. */
export class StateConflictError extends Error {
  constructor(key: string) {
    super(`state ${key.slice(0, 10)}… was changed by a concurrent writer`);
    this.name = 'StateConflictError';
  }
}

export interface StoredState {
  value: Record<string, unknown>;
  eTag: string;
}

export interface StateStoreOptions {
  tableName: string;
  retentionDays: number;
  now?: () => number;
}

/**
 * Per-user state items with optimistic concurrency: every write is
 * conditional on the eTag that was read, so two concurrent turns can never
 * silently overwrite each other.
 */
export class DynamoStateStore {
  private readonly now: () => number;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly options: StateStoreOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** `key` is already a keyed hash (`U#…`); returns undefined for missing or expired state. */
  async read(key: string): Promise<StoredState | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.options.tableName, Key: { pk: key, sk: 'STATE' }, ConsistentRead: true }),
    );
    if (!Item || isExpired(Item, this.now())) return undefined;
    return { value: Item.state as Record<string, unknown>, eTag: Item.etag as string };
  }

  /**
   * Writes state if nobody else did since `expectedETag` was read (`undefined`: the item must not exist,
   * `'*'`: unconditional). Returns the new eTag; throws StateConflictError on a lost race.
   */
  async write(key: string, value: Record<string, unknown>, expectedETag: string | undefined): Promise<string> {
    const eTag = randomUUID();
    const condition =
      expectedETag === '*'
        ? {}
        : expectedETag === undefined
          ? { ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now', ExpressionAttributeValues: { ':now': Math.floor(this.now() / 1000) } }
          : { ConditionExpression: 'etag = :etag', ExpressionAttributeValues: { ':etag': expectedETag } };
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.options.tableName,
          Item: { pk: key, sk: 'STATE', state: value, etag: eTag, expiresAt: expiryAfterDays(this.now(), this.options.retentionDays) },
          ...condition,
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new StateConflictError(key);
      throw error;
    }
    return eTag;
  }
}
