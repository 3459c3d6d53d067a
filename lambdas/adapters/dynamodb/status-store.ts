import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Later states win whatever order Meta delivers them in; `delivered` may never come. */
const RANK = { sent: 1, delivered: 2, read: 3, failed: 4 } as const;
export type DeliveryState = keyof typeof RANK;

export interface StatusRecord {
  messageId: string;
  status: DeliveryState;
  timestamp: number;
  errorCodes?: number[];
}

/**
 * Delivery status of each message the bot sent, keyed by its outbound id
 * under the person's partition (the record is created when the message is
 * sent, see InboundLog.complete). Idempotent and order-independent: a write
 * only lands if it moves the message forward.
 */
export class StatusStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly options: { tableName: string },
  ) {}

  /** Returns false when the update was stale or a repeat (nothing changed). */
  async record(userKey: string, update: StatusRecord): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: { pk: userKey, sk: `OUT#${update.messageId}` },
          UpdateExpression: 'SET #s = :s, #r = :r, statusAt = :t' + (update.errorCodes ? ', errorCodes = :c' : ''),
          // Only messages we recorded as sent: after an erasure, late statuses must not recreate anything.
          ConditionExpression: 'attribute_exists(pk) AND #r < :r',
          ExpressionAttributeNames: { '#s': 'status', '#r': 'rank' },
          ExpressionAttributeValues: {
            ':s': update.status,
            ':r': RANK[update.status],
            ':t': update.timestamp,
            ...(update.errorCodes ? { ':c': update.errorCodes } : {}),
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
