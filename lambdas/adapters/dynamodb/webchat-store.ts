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
   * first, so concurrent appends never share a watermark. With `replyTo`
   * (the activity they answer), appending the same answer again only fills
   * in whichever of the places first reserved for it are still empty, so a
   * retry after a failure part-way is harmless and what was delivered stays
   * as it was.
   */
  async append(userKey: string, conversationId: string, activities: Record<string, unknown>[], replyTo?: string): Promise<number[]> {
    if (activities.length === 0) return [];
    const { first, placedBefore } = await this.reserve(userKey, conversationId, activities.length, replyTo);
    const seqs = activities.map((_, i) => first + i);
    const written = placedBefore ? await this.writtenSeqs(userKey, conversationId, first, seqs.at(-1) ?? first) : new Set<number>();
    const items = activities.flatMap((activity, i) => {
      const seq = seqs[i] ?? 0;
      return written.has(seq) ? [] : [{ PutRequest: { Item: { pk: userKey, sk: activityKey(conversationId, seq), activity, expiresAt: this.expiry() } } }];
    });
    if (items.length > 0) await batchWriteAll(this.db, this.options.tableName, items);
    return seqs;
  }

  private async writtenSeqs(userKey: string, conversationId: string, from: number, to: number): Promise<Set<number>> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.options.tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': userKey, ':from': activityKey(conversationId, from), ':to': activityKey(conversationId, to) },
        ProjectionExpression: 'sk',
        ConsistentRead: true,
      }),
    );
    return new Set(Items.map((item) => Number(String(item.sk).slice(-SEQ_WIDTH))));
  }

  /** The first of `count` new sequence numbers; for an answer already placed, the first of the places it was given. */
  private async reserve(userKey: string, conversationId: string, count: number, replyTo: string | undefined): Promise<{ first: number; placedBefore: boolean }> {
    const key = { pk: userKey, sk: metaKey(conversationId) };
    const nowS = Math.floor(this.now() / 1000);
    try {
      const { Attributes } = await this.db.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: key,
          // Every action reads the item as it was, so lastFirst is the old seq + 1.
          UpdateExpression: `ADD seq :n SET seqAt = :at, expiresAt = :exp${replyTo ? ', lastReplyTo = :replyTo, lastFirst = if_not_exists(seq, :zero) + :one' : ''}`,
          ConditionExpression: `attribute_exists(pk) AND expiresAt > :nowS${replyTo ? ' AND (attribute_not_exists(lastReplyTo) OR lastReplyTo <> :replyTo)' : ''}`,
          ExpressionAttributeValues: {
            ':n': count,
            ':at': this.now(),
            ':exp': this.expiry(),
            ':nowS': nowS,
            ...(replyTo ? { ':replyTo': replyTo, ':zero': 0, ':one': 1 } : {}),
          },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return { first: Number(Attributes?.seq) - count + 1, placedBefore: false };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    const { Item } = await this.db.send(new GetCommand({ TableName: this.options.tableName, Key: key, ConsistentRead: true }));
    if (!Item || isExpired(Item, this.now()) || !replyTo || Item.lastReplyTo !== replyTo) throw new UnknownConversationError();
    return { first: Number(Item.lastFirst), placedBefore: true };
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
