import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { expiryAfterDays, isExpired } from './client';

/**
 * Something said to a WhatsApp user from the advisers' side (an adviser's
 * message, or the notice that an adviser joined or left the chat), waiting
 * to be sent: at once while the 24-hour window is open, else when the
 * person next writes or taps the template that announces it.
 */
export interface HeldMessage {
  /** Sort key; pass it back to `release` once sent. */
  sk: string;
  /** The referral it belongs to. */
  code: string;
  /** The message's id on the referral; notices have none of their own and use a fresh id. */
  messageId: string;
  /** Already in the person's language ("Message from your adviser (PW-…): …"). */
  text: string;
  /** The person's language, for the template that announces the message. */
  language?: string;
  heldAt: number;
  /** When a template told the person about it; one template announces everything held until they come back. */
  notifiedAt?: number;
}

/**
 * Held messages live under the person's partition (so erasure removes
 * them), sorted by time. The bot worker sends them, then releases each one.
 */
export class HeldMessages {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly options: { tableName: string; retentionDays: number; now?: () => number },
  ) {}

  async hold(userKey: string, message: Omit<HeldMessage, 'sk' | 'notifiedAt'>): Promise<void> {
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
    return Items.filter((i) => !isExpired(i, now)).map((i) => ({
      sk: String(i.sk),
      code: String(i.code),
      messageId: String(i.messageId),
      text: String(i.text),
      heldAt: Number(i.heldAt),
      ...(typeof i.language === 'string' ? { language: i.language } : {}),
      ...(typeof i.notifiedAt === 'number' ? { notifiedAt: i.notifiedAt } : {}),
    }));
  }

  /** Records that a template announced the message; a message already sent (released) stays gone. */
  async markNotified(userKey: string, sk: string, at: number): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: { pk: userKey, sk },
          UpdateExpression: 'SET notifiedAt = :at',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':at': at },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async release(userKey: string, sk: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.options.tableName, Key: { pk: userKey, sk } }));
  }
}
