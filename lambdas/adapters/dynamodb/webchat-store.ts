import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchWriteAll, expiryAfterDays, isExpired } from './client';

/** A bot activity as stored for polling; `seq` is the Direct Line watermark. */
export interface StoredActivity {
  seq: number;
  activity: Record<string, unknown>;
}

export interface WebchatStoreOptions {
  tableName: string;
  retentionDays: number;
  /** How long a reserved but unwritten sequence number may hold back polling before it is skipped. */
  gapTimeoutMs?: number;
  now?: () => number;
}

const SEQ_WIDTH = 10;
const pad = (n: number) => String(n).padStart(SEQ_WIDTH, '0');
/** Activities sort as C#<conv>#A#<seq>; the conversation's own record sorts after them (#Z), so one Query reads both. */
const activityKey = (conversationId: string, seq: number) => `C#${conversationId}#A#${pad(seq)}`;
const metaKey = (conversationId: string) => `C#${conversationId}#Z`;

export class UnknownConversationError extends Error {
  constructor() {
    super('unknown conversation');
    this.name = 'UnknownConversationError';
  }
}

/**
 * Web chat conversations and the bot's activities, stored under the user's
 * partition so any Lambda instance can serve a poll and erasure is one Query.
 * The user's own messages are not stored: nothing needs them after the turn.
 */
export class DynamoWebchatStore {
  private readonly now: () => number;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly options: WebchatStoreOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  async createConversation(userKey: string, conversationId: string): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.options.tableName,
        Item: { pk: userKey, sk: metaKey(conversationId), seq: 0, seqAt: this.now(), expiresAt: this.expiry() },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  /** Whether the conversation exists and has not expired. */
  async exists(userKey: string, conversationId: string): Promise<boolean> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.options.tableName, Key: { pk: userKey, sk: metaKey(conversationId) }, ConsistentRead: true }),
    );
    return Item !== undefined && !isExpired(Item, this.now());
  }

  /**
   * Appends activities in order; reserves their sequence numbers atomically
   * first, so concurrent appends never share a watermark.
   */
  async append(userKey: string, conversationId: string, activities: Record<string, unknown>[]): Promise<number[]> {
    if (activities.length === 0) return [];
    let last: number;
    try {
      const { Attributes } = await this.db.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: { pk: userKey, sk: metaKey(conversationId) },
          UpdateExpression: 'ADD seq :n SET seqAt = :at, expiresAt = :exp',
          ConditionExpression: 'attribute_exists(pk) AND expiresAt > :nowS',
          ExpressionAttributeValues: { ':n': activities.length, ':at': this.now(), ':exp': this.expiry(), ':nowS': Math.floor(this.now() / 1000) },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      last = Number(Attributes?.seq);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new UnknownConversationError();
      throw error;
    }
    const seqs = activities.map((_, i) => last - activities.length + 1 + i);
    const items = activities.map((activity, i) => ({
      PutRequest: { Item: { pk: userKey, sk: activityKey(conversationId, seqs[i] ?? 0), activity, expiresAt: this.expiry() } },
    }));
    await batchWriteAll(this.db, this.options.tableName, items);
    return seqs;
  }

  /**
   * Activities after `watermark`, in order, stopping at a sequence number that
   * was reserved but is not written yet (unless it has been missing too long),
   * so a client never skips past an activity that is still being written.
   */
  async list(userKey: string, conversationId: string, watermark: number): Promise<{ activities: StoredActivity[]; watermark: number }> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.options.tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :meta',
        ExpressionAttributeValues: { ':pk': userKey, ':from': activityKey(conversationId, watermark + 1), ':meta': metaKey(conversationId) },
        ConsistentRead: true,
      }),
    );
    const meta = Items.at(-1);
    if (!meta || meta.sk !== metaKey(conversationId) || isExpired(meta, this.now())) throw new UnknownConversationError();
    const gapExpired = this.now() - Number(meta.seqAt) > (this.options.gapTimeoutMs ?? 10_000);
    const activities: StoredActivity[] = [];
    let next = watermark + 1;
    for (const item of Items.slice(0, -1)) {
      const seq = Number(String(item.sk).slice(-SEQ_WIDTH));
      if (seq !== next && !gapExpired) break;
      activities.push({ seq, activity: item.activity as Record<string, unknown> });
      next = seq + 1;
    }
    return { activities, watermark: activities.at(-1)?.seq ?? watermark };
  }

  private expiry(): number {
    return expiryAfterDays(this.now(), this.options.retentionDays);
  }
}
