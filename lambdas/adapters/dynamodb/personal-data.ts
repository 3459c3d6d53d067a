import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PersonalDataPort } from '../../core/conversation/deps';
import { batchWriteAll, isExpired } from './client';

/** Which kind of item a sort key is, for "show my data" (see README "Data inventory"). */
function kindOf(sk: string): 'state' | 'webchat' | 'dedup' | 'statuses' | 'referrals' | undefined {
  if (sk === 'STATE') return 'state';
  if (sk.startsWith('C#')) return 'webchat';
  if (sk.startsWith('IN#')) return 'dedup';
  if (sk.startsWith('OUT#')) return 'statuses';
  if (sk.startsWith('REF#') || sk.startsWith('HELD#')) return 'referrals';
  return undefined;
}

/** Called before the partition is deleted, e.g. to blank the person's fields in their referrals. */
export type BeforeErase = (userKey: string, items: Record<string, unknown>[]) => Promise<void>;

/**
 * See and erase everything about one person. Everything personal lives under
 * the person's partition, so both are one Query; erasure then deletes every
 * item in batches and lets other stores (referrals) blank what they hold.
 */
export class DynamoPersonalData implements PersonalDataPort {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly beforeErase: BeforeErase = async () => undefined,
    private readonly now: () => number = Date.now,
  ) {}

  async items(userKey: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': userKey }, ExclusiveStartKey: start, ConsistentRead: true }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  async summary(userKey: string) {
    const counts = { state: 0, webchat: 0, dedup: 0, statuses: 0, referrals: 0 };
    for (const item of await this.items(userKey)) {
      const kind = kindOf(String(item.sk));
      if (kind && !isExpired(item, this.now())) counts[kind] += 1;
    }
    return counts;
  }

  async erase(userKey: string): Promise<void> {
    const items = await this.items(userKey);
    await this.beforeErase(userKey, items);
    await batchWriteAll(this.db, this.tableName, items.map((item) => ({ DeleteRequest: { Key: { pk: item.pk, sk: item.sk } } })));
  }
}
