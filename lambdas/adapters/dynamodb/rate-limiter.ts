import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Fixed-window counters in DynamoDB, shared by every Lambda instance, for
 * limits that must hold across a fleet (e.g. web chat conversations per IP).
 * Keys are keyed hashes, never raw addresses; items expire after two windows.
 */
export class DynamoRateLimiter {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one event for `key`; false once `limit` events happened in the current window. */
  async allow(key: string, limit: number, windowSeconds: number): Promise<boolean> {
    const nowSeconds = Math.floor(this.now() / 1000);
    const window = Math.floor(nowSeconds / windowSeconds);
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: `RL#${key}`, sk: String(window) },
          UpdateExpression: 'ADD hits :one SET expiresAt = :exp',
          ConditionExpression: 'attribute_not_exists(hits) OR hits < :limit',
          ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':exp': (window + 2) * windowSeconds },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
