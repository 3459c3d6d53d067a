import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { REFERRAL_STATUSES, type ReferralStatus } from '../../core/screening/referral-status';
import { TABLE } from './table';
import { parseReferralItem, queueLanguagePartition, queuePartition, queueSort, type ReferralItem } from './referral-items';

export interface QueueFilter {
  org: string;
  status: ReferralStatus;
  urgency?: 'urgent' | 'normal';
  pathway?: string;
  language?: string;
  limit: number;
  cursor?: string;
}

/** Thrown for a cursor that was altered or belongs to another query; the API answers 400. */
export class BadCursorError extends Error {
  constructor() {
    super('cursor is not valid for this query');
    this.name = 'BadCursorError';
  }
}

const cursorSchema = z.object({ pk: z.string(), sk: z.string(), gsi1pk: z.string().optional(), gsi2pk: z.string().optional(), gsi1sk: z.string() }).strict();
const INDEX = TABLE.indexes.byQueue;
const LANGUAGE_INDEX = TABLE.indexes.byQueueLanguage;

/** Which index and partition a listing reads: the per-language queue when one language is asked for. */
function queueOf(filter: Pick<QueueFilter, 'org' | 'status' | 'language'>) {
  return filter.language
    ? { index: LANGUAGE_INDEX, partition: queueLanguagePartition(filter.org, filter.status, filter.language) }
    : { index: INDEX, partition: queuePartition(filter.org, filter.status) };
}
type Queue = ReturnType<typeof queueOf>;
const FILTERED_PAGE = 300;

/**
 * An organisation's queue, always by Query on a queue index (never a
 * Scan): one partition per organisation and status (and language, on the
 * per-language index), urgent first, then oldest first. Pathway is a
 * filter within that partition.
 */
export class ReferralQueue {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async list(filter: QueueFilter, now: number): Promise<{ items: ReferralItem[]; cursor?: string }> {
    const queue = queueOf(filter);
    let start = filter.cursor ? decodeCursor(filter.cursor, queue) : undefined;
    const items: ReferralItem[] = [];
    // With a pathway filter most items read are dropped, so read bigger pages: fewer round trips.
    const filtered = Boolean(filter.pathway);
    do {
      const limit = filtered ? FILTERED_PAGE : filter.limit - items.length;
      const page = await this.db.send(new QueryCommand({ ...this.query(queue, filter, now), ExclusiveStartKey: start, Limit: limit }));
      for (const raw of page.Items ?? []) {
        if (items.length < filter.limit) items.push(parseReferralItem(raw));
      }
      start = page.LastEvaluatedKey;
      // A full page stops at its last item, so the next request starts right after it.
      if (items.length >= filter.limit) {
        const last = items.at(-1);
        return { items, ...(last ? { cursor: encodeCursor(last, queue) } : {}) };
      }
    } while (start);
    return { items };
  }

  /** How many open referrals each status has for the organisation (counts for the console's tabs). */
  async counts(org: string, now: number): Promise<Record<ReferralStatus, number>> {
    const entries = await Promise.all(
      REFERRAL_STATUSES.map(async (status) => {
        let count = 0;
        let start: Record<string, unknown> | undefined;
        do {
          const page = await this.db.send(new QueryCommand({ ...this.query(queueOf({ org, status }), {}, now), Select: 'COUNT', ExclusiveStartKey: start }));
          count += page.Count ?? 0;
          start = page.LastEvaluatedKey;
        } while (start);
        return [status, count] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<ReferralStatus, number>;
  }

  /** New referrals created before the cutoffs (urgent and normal have their own), not yet escalated. */
  async unclaimed(org: string, cutoffs: { urgent: number; normal: number }, now: number): Promise<ReferralItem[]> {
    const found: ReferralItem[] = [];
    for (const [rank, cutoff] of [['0', cutoffs.urgent], ['1', cutoffs.normal]] as const) {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await this.db.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: INDEX.name,
            KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
            FilterExpression: 'expiresAt > :now AND attribute_not_exists(escalatedAt)',
            ExpressionAttributeValues: { ':pk': queuePartition(org, 'new'), ':from': `${rank}#`, ':to': `${rank}#${new Date(cutoff).toISOString()}`, ':now': Math.floor(now / 1000) },
            ExclusiveStartKey: start,
          }),
        );
        found.push(...(page.Items ?? []).map(parseReferralItem));
        start = page.LastEvaluatedKey;
      } while (start);
    }
    return found;
  }

  private query(queue: Queue, filter: Pick<QueueFilter, 'urgency' | 'pathway'>, now: number) {
    const values: Record<string, unknown> = { ':pk': queue.partition, ':now': Math.floor(now / 1000) };
    const filters = ['expiresAt > :now'];
    let key = `${queue.index.partitionKey} = :pk`;
    if (filter.urgency) {
      key += ` AND begins_with(${queue.index.sortKey}, :rank)`;
      values[':rank'] = filter.urgency === 'urgent' ? '0#' : '1#';
    }
    if (filter.pathway) {
      filters.push('pathway = :pathway');
      values[':pathway'] = filter.pathway;
    }
    return {
      TableName: this.tableName,
      IndexName: queue.index.name,
      KeyConditionExpression: key,
      FilterExpression: filters.join(' AND '),
      ExpressionAttributeValues: values,
    };
  }
}

function encodeCursor(item: ReferralItem, queue: Queue): string {
  const key = { pk: `REF#${item.code}`, sk: 'META', [queue.index.partitionKey]: queue.partition, [queue.index.sortKey]: queueSort(item.urgent, item.createdAt, item.code) };
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** A cursor names the index partition it was made for, so it cannot be replayed against another status, language or organisation. */
function decodeCursor(cursor: string, queue: Queue): Record<string, unknown> {
  try {
    const parsed = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    const other = queue.index === INDEX ? LANGUAGE_INDEX : INDEX;
    if (parsed[queue.index.partitionKey] !== queue.partition || parsed[other.partitionKey] !== undefined || !parsed.pk.startsWith('REF#') || parsed.sk !== 'META') throw new BadCursorError();
    return parsed;
  } catch {
    throw new BadCursorError();
  }
}
