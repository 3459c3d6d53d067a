import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { REFERRAL_STATUSES, type ReferralStatus } from '../../core/screening/referral-status';
import { TABLE } from './table';
import { parseReferralItem, queuePartition, queueSort, type ReferralItem } from './referral-items';

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

const cursorSchema = z.object({ pk: z.string(), sk: z.string(), gsi1pk: z.string(), gsi1sk: z.string() }).strict();
const INDEX = TABLE.indexes.byQueue;
const FILTERED_PAGE = 300;

/**
 * An organisation's queue, always by Query on the queue index (never a
 * Scan): one partition per organisation and status, urgent first, then
 * oldest first. Pathway and language are filters within that partition.
 */
export class ReferralQueue {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async list(filter: QueueFilter, now: number): Promise<{ items: ReferralItem[]; cursor?: string }> {
    const partition = queuePartition(filter.org, filter.status);
    let start = filter.cursor ? decodeCursor(filter.cursor, partition) : undefined;
    const items: ReferralItem[] = [];
    // With pathway or language filters most items read are dropped, so read bigger pages: fewer round trips.
    const filtered = Boolean(filter.pathway || filter.language);
    do {
      const limit = filtered ? FILTERED_PAGE : filter.limit - items.length;
      const page = await this.db.send(new QueryCommand({ ...this.query(partition, filter, now), ExclusiveStartKey: start, Limit: limit }));
      for (const raw of page.Items ?? []) {
        if (items.length < filter.limit) items.push(parseReferralItem(raw));
      }
      start = page.LastEvaluatedKey;
      // A full page stops at its last item, so the next request starts right after it.
      if (items.length >= filter.limit) {
        const last = items.at(-1);
        return { items, ...(last ? { cursor: encodeCursor(last, partition) } : {}) };
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
          const page = await this.db.send(new QueryCommand({ ...this.query(queuePartition(org, status), {}, now), Select: 'COUNT', ExclusiveStartKey: start }));
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

  private query(partition: string, filter: Pick<QueueFilter, 'urgency' | 'pathway' | 'language'>, now: number) {
    const values: Record<string, unknown> = { ':pk': partition, ':now': Math.floor(now / 1000) };
    const filters = ['expiresAt > :now'];
    let key = 'gsi1pk = :pk';
    if (filter.urgency) {
      key += ' AND begins_with(gsi1sk, :rank)';
      values[':rank'] = filter.urgency === 'urgent' ? '0#' : '1#';
    }
    if (filter.pathway) {
      filters.push('pathway = :pathway');
      values[':pathway'] = filter.pathway;
    }
    if (filter.language) {
      filters.push('#language = :language');
      values[':language'] = filter.language;
    }
    return {
      TableName: this.tableName,
      IndexName: INDEX.name,
      KeyConditionExpression: key,
      FilterExpression: filters.join(' AND '),
      ...(filter.language ? { ExpressionAttributeNames: { '#language': 'language' } } : {}),
      ExpressionAttributeValues: values,
    };
  }
}

function encodeCursor(item: ReferralItem, partition: string): string {
  const key = { pk: `REF#${item.code}`, sk: 'META', gsi1pk: partition, gsi1sk: queueSort(item.urgent, item.createdAt, item.code) };
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string, partition: string): Record<string, unknown> {
  try {
    const parsed = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (parsed.gsi1pk !== partition || !parsed.pk.startsWith('REF#') || parsed.sk !== 'META') throw new BadCursorError();
    return parsed;
  } catch {
    throw new BadCursorError();
  }
}
