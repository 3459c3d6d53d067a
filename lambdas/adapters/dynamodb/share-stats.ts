import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { expiryAfterDays } from './client';

/** One visit to a share link: what was opened, in which language, through whose link. Nothing about who. */
export interface ShareVisit {
  topic: string;
  lang: string;
  /** A registered organisation's code, `none` or `unregistered`. */
  src: string;
}

/** The counter's key: one item per day, topic, language and source. */
export function shareStatsKey(day: string, visit: ShareVisit): { pk: string; sk: string } {
  return { pk: `STATS#${day}`, sk: `${visit.topic}#${visit.lang}#${visit.src}` };
}

/**
 * Anonymous link counters in the single table: an atomic ADD on one item
 * per (UTC day, topic, language, source), so concurrent visits never lose a
 * count and nothing about the visitor (no IP, user agent, time of day or
 * cookie) is written. Counters are not personal data; they still expire
 * after `retentionDays` (about 13 months: a year-on-year comparison).
 * A day's counters share a partition, which holds far more writes per
 * second than link clicks will reach.
 */
export class ShareStats {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly options: { tableName: string; retentionDays: number; now?: () => number },
  ) {}

  async count(visit: ShareVisit): Promise<void> {
    const now = (this.options.now ?? Date.now)();
    await this.db.send(
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: shareStatsKey(new Date(now).toISOString().slice(0, 10), visit),
        UpdateExpression: 'ADD visits :one SET expiresAt = if_not_exists(expiresAt, :expires)',
        ExpressionAttributeValues: { ':one': 1, ':expires': expiryAfterDays(now, this.options.retentionDays) },
      }),
    );
  }
}
