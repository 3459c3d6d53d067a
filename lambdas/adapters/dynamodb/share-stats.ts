import type { AwsClient } from 'aws4fetch';
import { callJsonApi } from '../aws/aws-client';

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

export interface ShareStatsOptions {
  /** DynamoDB's endpoint: `https://dynamodb.<region>.amazonaws.com/` in AWS, the embedded store locally. */
  endpoint: string;
  tableName: string;
  retentionDays: number;
  now?: () => number;
}

/**
 * Anonymous link counters in the single table: an atomic ADD on one item
 * per (UTC day, topic, language, source), so concurrent visits never lose a
 * count and nothing about the visitor (no IP, user agent, time of day or
 * cookie) is written. Counters are not personal data; they still expire
 * after `retentionDays` (about 13 months, for a year-on-year comparison).
 * One signed UpdateItem over aws4fetch, so the share function carries no
 * AWS SDK. A day's counters share a partition, which takes far more writes
 * per second than link clicks will reach.
 */
export class ShareStats {
  constructor(
    private readonly client: AwsClient,
    private readonly options: ShareStatsOptions,
  ) {}

  async count(visit: ShareVisit): Promise<void> {
    const now = (this.options.now ?? Date.now)();
    const key = shareStatsKey(new Date(now).toISOString().slice(0, 10), visit);
    // As client.ts's expiryAfterDays; not imported from there, which would pull the AWS SDK into this bundle.
    const expiresAt = Math.floor(now / 1000) + Math.round(this.options.retentionDays * 86_400);
    await callJsonApi(this.client, this.options.endpoint, 'DynamoDB_20120810.UpdateItem', {
      TableName: this.options.tableName,
      Key: { pk: { S: key.pk }, sk: { S: key.sk } },
      UpdateExpression: 'ADD visits :one SET expiresAt = if_not_exists(expiresAt, :expires)',
      ExpressionAttributeValues: { ':one': { N: '1' }, ':expires': { N: String(expiresAt) } },
    });
  }
}
