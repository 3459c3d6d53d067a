import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ReferralStatus } from '../../core/screening/referral-status';
import { seal } from './audit-chain';
import { isExpired } from './client';
import { auditKey, parseReferralItem, queueLanguagePartition, queuePartition, referralKey, type Actor, type AuditEntry, type Message, type Note, type ReferralItem } from './referral-items';

/** One audited change to a referral. Checks run on a fresh read; the write is conditional on nothing having changed since. */
export interface Change {
  action: AuditEntry['action'];
  details?: AuditEntry['details'];
  /** The referral must be in one of these statuses, else `conflict`. */
  from?: readonly ReferralStatus[];
  /** Any other precondition; returns why it fails. */
  check?: (item: ReferralItem) => string | undefined;
  /** The change is already in place (a retried request): answer `ok` with the item as it is, and write nothing. */
  done?: (item: ReferralItem) => boolean;
  set?: (item: ReferralItem) => Record<string, unknown>;
  remove?: readonly string[];
  appendNote?: Note;
  appendMessage?: Message;
}

/** Who may touch the referral: an organisation (advisers) or the person (by their key); nobody else sees it exists. */
export interface Scope {
  org?: string;
  userKey?: string;
}

export type ActResult = { kind: 'ok'; item: ReferralItem } | { kind: 'not-found' } | { kind: 'conflict'; reason: string; item: ReferralItem };

const MAX_ATTEMPTS = 8;

export class ReferralActions {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The referral, or undefined when missing, expired or outside the scope (callers answer 404 either way). */
  async read(code: string, now: number, scope: Scope = {}): Promise<ReferralItem | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: referralKey(code), ConsistentRead: true }));
    if (!Item || isExpired(Item, now)) return undefined;
    const item = parseReferralItem(Item);
    if (scope.org !== undefined && item.org !== scope.org) return undefined;
    if (scope.userKey !== undefined && item.userKey !== scope.userKey) return undefined;
    return item;
  }

  /**
   * Applies a change and appends its audit entry in one conditional write
   * on the referral (its `auditSeq` must be the one read). The entry is then
   * also written as its own item; if that second write is lost, the next
   * action or audit read writes it from `lastAudit`. Concurrent writers
   * re-read and re-check, so exactly one of two claims succeeds.
   */
  async act(code: string, scope: Scope, actor: Actor, change: Change, now: number): Promise<ActResult> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const item = await this.read(code, now, scope);
      if (!item) return { kind: 'not-found' };
      await this.materialize(item.lastAudit, item.expiresAt);
      if (change.from && !change.from.includes(item.status)) return { kind: 'conflict', reason: `referral is ${item.status}`, item };
      if (change.done?.(item)) return { kind: 'ok', item };
      const problem = change.check?.(item);
      if (problem) return { kind: 'conflict', reason: problem, item };
      const entry = seal(item.auditHead, { code, seq: item.auditSeq + 1, at: now, actor, action: change.action, ...(change.details ? { details: change.details } : {}) });
      const set: Record<string, unknown> = { ...change.set?.(item), auditSeq: entry.seq, auditHead: entry.hash, lastAudit: entry };
      if (change.action !== 'viewed') set.updatedAt = now;
      const forgetsLanguage = change.remove?.includes('language') ?? false;
      if (typeof set.status === 'string') {
        set.gsi1pk = queuePartition(item.org, set.status as ReferralStatus);
        if (item.language && !forgetsLanguage) set.gsi2pk = queueLanguagePartition(item.org, set.status as ReferralStatus, item.language);
      }
      // Erasure takes the referral out of the per-language queue along with the language.
      const applied: Change = forgetsLanguage ? { ...change, remove: [...(change.remove ?? []), 'gsi2pk'] } : change;
      try {
        const { Attributes } = await this.db.send(new UpdateCommand({ TableName: this.tableName, Key: referralKey(code), ...updateExpression(set, applied), ReturnValues: 'ALL_NEW' }));
        await this.materialize(entry, item.expiresAt);
        return { kind: 'ok', item: parseReferralItem(Attributes ?? {}) };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    throw new Error(`referral ${code} is changing too fast; retry`);
  }

  /** Records how delivery of message `index` went; not an audited action (the send was). */
  async setDelivery(code: string, index: number, messageId: string, delivery: Message['delivery']): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: referralKey(code),
          UpdateExpression: `SET messages[${index}].delivery = :d`,
          ConditionExpression: `messages[${index}].id = :id`,
          ExpressionAttributeValues: { ':d': delivery, ':id': messageId },
        }),
      );
    } catch (error) {
      // The message was blanked or the referral erased meanwhile: nothing left to update.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  /**
   * Notes that an adviser has the case open in the console. Not audited (the
   * view that opened it was) and not conditional: presence is a hint, and a
   * lost race only shifts it by one poll.
   */
  async touchAdviserSeen(code: string, at: number): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: referralKey(code),
          UpdateExpression: 'SET adviserSeenAt = :at',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':at': at },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  /** Writes an audit entry as its own item, once (a repeat is a no-op). */
  async materialize(entry: AuditEntry | undefined, expiresAt: number): Promise<void> {
    if (!entry) return;
    try {
      await this.db.send(
        new PutCommand({ TableName: this.tableName, Item: { ...auditKey(entry.code, entry.seq), entry, expiresAt }, ConditionExpression: 'attribute_not_exists(pk)' }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}

function updateExpression(set: Record<string, unknown>, change: Change) {
  const names: Record<string, string> = { '#seq': 'auditSeq' };
  const values: Record<string, unknown> = { ':seq': (set.auditSeq as number) - 1 };
  const sets = Object.entries(set).map(([k, v], i) => {
    names[`#s${i}`] = k;
    values[`:s${i}`] = v;
    return `#s${i} = :s${i}`;
  });
  for (const [attr, item] of [['notes', change.appendNote], ['messages', change.appendMessage]] as const) {
    if (!item) continue;
    names[`#${attr}`] = attr;
    values[`:${attr}`] = [item];
    sets.push(`#${attr} = list_append(#${attr}, :${attr})`);
  }
  const removes = (change.remove ?? []).map((k, i) => {
    names[`#r${i}`] = k;
    return `#r${i}`;
  });
  return {
    UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
    ConditionExpression: 'attribute_exists(pk) AND #seq = :seq',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}
