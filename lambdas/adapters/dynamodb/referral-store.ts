import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DeleteCommand, GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { NewReferral, ReferralPort, UserReferral } from '../../core/screening/ports';
import { isFinished } from '../../core/screening/referral-status';
import { GENESIS_HASH, seal, verifyChain, type ChainCheck } from './audit-chain';
import { expiryAfterDays, isExpired } from './client';
import { ReferralActions, type ActResult, type Change, type Scope } from './referral-actions';
import { auditEntrySchema, parseReferralItem, pointerKey, queuePartition, queueSort, referralKey, type Actor, type AuditEntry, type ReferralItem } from './referral-items';

export interface ReferralStoreOptions {
  tableName: string;
  now?: () => number;
}

/** The person, as the audit trail names them: never their key, which erasure must be able to forget. */
export const PERSON: Actor = { kind: 'user', id: 'person' };
export const SYSTEM: Actor = { kind: 'system', id: 'pathways' };

/** Removed on withdrawal and erasure: everything that could identify or describe the person. */
const PERSONAL_FIELDS = ['contact', 'conversationId', 'userKey', 'answers', 'isco', 'country', 'language', 'topicsRead', 'source'] as const;
export const REMOVED_TEXT = '[removed at the person’s request]';

/**
 * Referrals in DynamoDB (see referral-items.ts for the layout): the core's
 * ReferralPort, plus what advisers and erasure need. Every item carries the
 * referral's TTL (its retention from consent).
 */
export class DynamoReferralStore implements ReferralPort {
  readonly actions: ReferralActions;
  private readonly now: () => number;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly options: ReferralStoreOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.actions = new ReferralActions(db, options.tableName);
  }

  /**
   * Pointer first, then the referral (conditional on the code being free),
   * so erasure can always find a referral that exists. Idempotent: the same
   * person creating the same code again gets `exists`.
   */
  async create(r: NewReferral): Promise<'created' | 'exists' | 'code-taken'> {
    const expiresAt = expiryAfterDays(r.createdAt, r.consent.retentionDays);
    const table = this.options.tableName;
    await this.db.send(new PutCommand({ TableName: table, Item: { ...pointerKey(r.userKey, r.code), code: r.code, expiresAt } }));
    const entry = seal(GENESIS_HASH, { code: r.code, seq: 1, at: r.createdAt, actor: PERSON, action: 'created', details: { pathway: r.pathway, urgent: r.urgent, org: r.organisation } });
    const { organisation, ...rest } = r;
    const item = {
      ...referralKey(r.code),
      ...rest,
      org: organisation,
      status: 'new',
      updatedAt: r.createdAt,
      notes: [],
      messages: [],
      auditSeq: 1,
      auditHead: entry.hash,
      lastAudit: entry,
      gsi1pk: queuePartition(organisation, 'new'),
      gsi1sk: queueSort(r.urgent, r.createdAt, r.code),
      expiresAt,
    };
    try {
      await this.db.send(new PutCommand({ TableName: table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const { Item } = await this.db.send(new GetCommand({ TableName: table, Key: referralKey(r.code), ConsistentRead: true }));
      if (Item?.userKey === r.userKey) return 'exists';
      await this.db.send(new DeleteCommand({ TableName: table, Key: pointerKey(r.userKey, r.code) }));
      return 'code-taken';
    }
    await this.actions.materialize(entry, expiresAt);
    return 'created';
  }

  /** Codes of the person's referrals (from the pointers under their partition). */
  async codesForUser(userKey: string): Promise<string[]> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.options.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :ref)',
        ExpressionAttributeValues: { ':pk': userKey, ':ref': 'REF#' },
        ConsistentRead: true,
      }),
    );
    return Items.filter((i) => !isExpired(i, this.now())).map((i) => String(i.code));
  }

  async listForUser(userKey: string): Promise<UserReferral[]> {
    const codes = (await this.codesForUser(userKey)).slice(0, 100);
    if (codes.length === 0) return [];
    const { Responses = {} } = await this.db.send(
      new BatchGetCommand({ RequestItems: { [this.options.tableName]: { Keys: codes.map(referralKey), ConsistentRead: true } } }),
    );
    return (Responses[this.options.tableName] ?? [])
      .filter((i) => !isExpired(i, this.now()) && i.userKey === userKey)
      .map(parseReferralItem)
      .sort((a, b) => b.createdAt - a.createdAt)
      .map((i) => ({ code: i.code, pathway: i.pathway, organisation: i.org, status: i.status, urgent: i.urgent, createdAt: i.createdAt }));
  }

  /** The person withdraws: the adviser sees "withdrawn", and what was shared is removed. */
  async withdraw(userKey: string, code: string, at: number): Promise<'withdrawn' | 'not-found' | 'finished'> {
    const result = await this.removePersonalData(code, { userKey }, PERSON, 'withdrawn', at, true);
    if (result.kind === 'ok') return 'withdrawn';
    return result.kind === 'not-found' ? 'not-found' : 'finished';
  }

  /**
   * For erasure ("delete my data"): blanks every personal field of the
   * referral, its notes and messages, and marks it withdrawn by the person
   * unless already finished. The audit trail keeps only ids, so it stays
   * intact and verifiable.
   */
  async blankPersonalFields(code: string, at = this.now()): Promise<void> {
    await this.removePersonalData(code, {}, SYSTEM, 'personal-data-removed', at, false);
  }

  private removePersonalData(code: string, scope: Scope, actor: Actor, action: 'withdrawn' | 'personal-data-removed', at: number, mustBeOpen: boolean): Promise<ActResult> {
    const change: Change = {
      action,
      details: { personalDataRemoved: true },
      check: (i) => (mustBeOpen && isFinished(i.status) ? `referral is ${i.status}` : i.personalDataRemovedAt && !mustBeOpen ? 'already removed' : undefined),
      set: (i) => ({
        ...(isFinished(i.status) ? {} : { status: 'withdrawn' }),
        personalDataRemovedAt: at,
        notes: i.notes.map((n) => ({ ...n, text: REMOVED_TEXT })),
        messages: i.messages.map((m) => ({ ...m, text: REMOVED_TEXT })),
      }),
      remove: PERSONAL_FIELDS,
    };
    return this.actions.act(code, scope, actor, change, at);
  }

  get(code: string, scope: Scope = {}): Promise<ReferralItem | undefined> {
    return this.actions.read(code, this.now(), scope);
  }

  /** The whole audit trail, oldest first, and whether its hash chain holds. */
  async auditTrail(code: string, scope: Scope = {}): Promise<{ entries: AuditEntry[]; check: ChainCheck } | undefined> {
    const item = await this.get(code, scope);
    if (!item) return undefined;
    await this.actions.materialize(item.lastAudit, item.expiresAt);
    const entries: AuditEntry[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.options.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :a)',
          ExpressionAttributeValues: { ':pk': `REF#${code}`, ':a': 'AUDIT#' },
          ExclusiveStartKey: start,
          ConsistentRead: true,
        }),
      );
      for (const raw of page.Items ?? []) {
        const parsed = auditEntrySchema.safeParse(raw.entry);
        // An entry someone rewrote into another shape is tampering too: report where, do not fail the request.
        if (!parsed.success) return { entries, check: { ok: false, brokenAt: entries.length + 1, reason: 'entry is malformed' } };
        entries.push(parsed.data);
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return { entries, check: verifyChain(code, entries, { seq: item.auditSeq, hash: item.auditHead }) };
  }
}
