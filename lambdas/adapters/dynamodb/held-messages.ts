import { DeleteCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { expiryAfterDays, isExpired } from './client';

/** An adviser's message waiting for the person's next WhatsApp message (which opens the 24-hour window). */
export interface HeldMessage {
  /** Sort key; pass it back to `release` once sent. */
  sk: string;
  code: string;
  messageId: string;
  /** Already formatted in the person's language ("Message from your adviser (PW-…): …"). */
  text: string;
  heldAt: number;
}

/**
 * Adviser messages held for WhatsApp users, under the person's partition
 * (so erasure removes them). The bot worker lists them when the person
 * writes, sends them, then releases each one.
 */
export class HeldMessages {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly options: { tableName: string; retentionDays: number; now?: () => number },
  ) {}

  async hold(userKey: string, message: Omit<HeldMessage, 'sk'>): Promise<void> {
    const sk = `HELD#${new Date(message.heldAt).toISOString()}#${message.messageId}`;
    await this.db.send(
      new PutCommand({ TableName: this.options.tableName, Item: { pk: userKey, sk, ...message, expiresAt: expiryAfterDays(message.heldAt, this.options.retentionDays) } }),
    );
  }

  /** Oldest first. */
  async list(userKey: string): Promise<HeldMessage[]> {
    const now = (this.options.now ?? Date.now)();
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.options.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :held)',
        ExpressionAttributeValues: { ':pk': userKey, ':held': 'HELD#' },
        ConsistentRead: true,
      }),
    );
    return Items.filter((i) => !isExpired(i, now)).map((i) => ({ sk: String(i.sk), code: String(i.code), messageId: String(i.messageId), text: String(i.text), heldAt: Number(i.heldAt) }));
  }

  async release(userKey: string, sk: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.options.tableName, Key: { pk: userKey, sk } }));
  }
}
