import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchWriteAll, expiryAfterDays } from './client';

/** What the log says about an inbound message when a worker picks it up. */
export type Claim =
  /** First sight: process it. */
  | { kind: 'new' }
  /** Already answered: acknowledge and do nothing. */
  | { kind: 'done' }
  /** A worker started and did not finish (crashed, or a send failed): recover from its outbox. */
  | { kind: 'unfinished'; sent: number }
  /** Another worker is on it right now: retry later. */
  | { kind: 'busy' };

export interface InboundLogOptions {
  tableName: string;
  /** Meta redelivers webhooks for up to about a week; ids are remembered this long. */
  retentionDays: number;
  /** How long delivery-status records of sent replies are kept. */
  statusRetentionDays: number;
  /** How long a claim protects a message being processed before another worker may take over. */
  leaseMs: number;
  now?: () => number;
}

/**
 * De-duplication of inbound WhatsApp messages by `wamid`, with a conditional
 * write, under the person's partition (so erasure removes it too).
 */
export class InboundLog {
  private readonly now: () => number;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly options: InboundLogOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  async claim(userKey: string, messageId: string): Promise<Claim> {
    const now = this.now();
    try {
      const { Attributes: old } = await this.db.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: { pk: userKey, sk: `IN#${messageId}` },
          UpdateExpression: 'SET #s = :processing, claimedAt = :now, sent = if_not_exists(sent, :zero), expiresAt = if_not_exists(expiresAt, :exp)',
          // Free to take: never seen, left failed, or claimed by a worker that has since died. Never a finished one.
          ConditionExpression: 'attribute_not_exists(pk) OR #s = :failed OR (#s = :processing AND claimedAt < :stale)',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: {
            ':processing': 'processing',
            ':failed': 'failed',
            ':now': now,
            ':zero': 0,
            ':stale': now - this.options.leaseMs,
            ':exp': expiryAfterDays(now, this.options.retentionDays),
          },
          ReturnValues: 'ALL_OLD',
        }),
      );
      return old ? { kind: 'unfinished', sent: Number(old.sent ?? 0) } : { kind: 'new' };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // Only duplicates reach this read (the embedded store lacks ReturnValuesOnConditionCheckFailure).
      const { Item } = await this.db.send(
        new GetCommand({ TableName: this.options.tableName, Key: { pk: userKey, sk: `IN#${messageId}` }, ConsistentRead: true }),
      );
      return Item?.status === 'done' ? { kind: 'done' } : { kind: 'busy' };
    }
  }

  /** Records that sending stopped after `sent` replies, so a retry resends only the rest. */
  async fail(userKey: string, messageId: string, sent: number): Promise<void> {
    await this.update(userKey, messageId, 'failed', { sent });
  }

  /**
   * Marks the message answered and creates a record per reply sent, which
   * delivery statuses then update: one batch write for both, so a message
   * costs four requests in all (claim, state read, state write, this).
   */
  async complete(userKey: string, messageId: string, outboundIds: string[]): Promise<void> {
    const now = this.now();
    const expiresAt = expiryAfterDays(now, this.options.retentionDays);
    const statusExpiry = expiryAfterDays(now, this.options.statusRetentionDays);
    const puts = [
      { pk: userKey, sk: `IN#${messageId}`, status: 'done', sent: outboundIds.length, claimedAt: now, expiresAt },
      ...outboundIds.map((id) => ({ pk: userKey, sk: `OUT#${id}`, status: 'accepted', rank: 0, statusAt: now, expiresAt: statusExpiry })),
    ].map((Item) => ({ PutRequest: { Item } }));
    await batchWriteAll(this.db, this.options.tableName, puts);
  }

  private async update(userKey: string, messageId: string, status: string, fields: Record<string, unknown>): Promise<void> {
    const names = Object.keys(fields);
    await this.db.send(
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: { pk: userKey, sk: `IN#${messageId}` },
        UpdateExpression: `SET #s = :s, ${names.map((n) => `#${n} = :${n}`).join(', ')}`,
        ExpressionAttributeNames: { '#s': 'status', ...Object.fromEntries(names.map((n) => [`#${n}`, n])) },
        ExpressionAttributeValues: { ':s': status, ...Object.fromEntries(names.map((n) => [`:${n}`, fields[n]])) },
      }),
    );
  }
}
