import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DeleteCommand, GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { NewReferral, ReferralPort, UserReferral } from '../../core/screening/ports';
import { isFinished } from '../../core/screening/referral-status';
import { isExpired } from './client';
import { ReferralActions, type ActResult, type Change, type Scope } from './referral-actions';
import { parseReferralItem, pointerKey, referralKey, type Actor, type Chat, type DeliveryState, type ReferralItem } from './referral-items';
import { readAuditTrail, type AuditTrail } from './referral-audit';
import { PERSON, referralItems, SYSTEM } from './referral-records';

export { PERSON, referralItems, SYSTEM };

export interface ReferralStoreOptions {
  tableName: string;
  now?: () => number;
}

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
    const table = this.options.tableName;
    const { pointer, referral, audit } = referralItems(r);
    await this.db.send(new PutCommand({ TableName: table, Item: pointer }));
    try {
      await this.db.send(new PutCommand({ TableName: table, Item: referral, ConditionExpression: 'attribute_not_exists(pk)' }));
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const { Item } = await this.db.send(new GetCommand({ TableName: table, Key: referralKey(r.code), ConsistentRead: true }));
      if (Item?.userKey === r.userKey) return 'exists';
      await this.db.send(new DeleteCommand({ TableName: table, Key: pointerKey(r.userKey, r.code) }));
      return 'code-taken';
    }
    await this.actions.materialize(audit, referral.expiresAt);
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
        ...(i.chat?.open ? { chat: closedChat(i, 'person', at) } : {}),
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

  /** For the bot worker: how a held WhatsApp message went, so the adviser sees it. Notices (not on the referral) are ignored. */
  async setMessageDelivery(code: string, messageId: string, delivery: DeliveryState): Promise<void> {
    const item = await this.get(code);
    const index = item?.messages.findIndex((m) => m.id === messageId) ?? -1;
    if (index >= 0) await this.actions.setDelivery(code, index, messageId, delivery);
  }

  /** The whole audit trail, oldest first, and whether its hash chain holds. */
  async auditTrail(code: string, scope: Scope = {}): Promise<AuditTrail | undefined> {
    const item = await this.get(code, scope);
    return item ? readAuditTrail(this.db, this.options.tableName, this.actions, item) : undefined;
  }

  /**
   * The person writes during a live chat: the message joins the case's
   * conversation for the adviser (audited as `user-replied`, no text in the
   * audit), once per message id. `closed` when no chat is open (or the case
   * is full), `not-found` when the code is not theirs.
   */
  async addUserMessage(userKey: string, code: string, message: { id: string; text: string; at: number }): Promise<{ kind: 'added'; item: ReferralItem } | { kind: 'closed' | 'not-found' }> {
    const result = await this.actions.act(
      code,
      { userKey },
      PERSON,
      {
        action: 'user-replied',
        details: { messageId: message.id },
        done: (i) => i.messages.some((m) => m.id === message.id),
        check: (i) => (i.chat?.open ? roomFor(i, message.text) : 'no live chat'),
        appendMessage: { id: message.id, at: message.at, from: 'user', text: message.text, delivery: 'delivered' },
      },
      message.at,
    );
    return result.kind === 'ok' ? { kind: 'added', item: result.item } : { kind: result.kind === 'not-found' ? 'not-found' : 'closed' };
  }

  /**
   * Opens the live chat. Idempotent: `opened` is false when it was already
   * open. `check` adds the caller's own precondition (e.g. who may act).
   */
  async openChat(code: string, scope: Scope, actor: Actor, at: number, check?: Change['check']): Promise<{ result: ActResult; opened: boolean }> {
    const result = await this.actions.act(
      code,
      scope,
      actor,
      {
        action: 'chat-opened',
        from: ['claimed', 'in_contact'],
        done: (i) => i.chat?.open === true,
        check: (i) => check?.(i) ?? (i.personalDataRemovedAt !== undefined || !i.userKey ? 'the person removed their data' : undefined),
        set: () => ({ chat: { open: true, openedAt: at } }),
      },
      at,
    );
    return { result, opened: result.kind === 'ok' && result.item.chat?.openedAt === at };
  }

  /** Ends the live chat. Idempotent: `ended` is false when none was open. */
  async endChat(code: string, scope: Scope, by: Chat['closedBy'] & string, at: number, actor: Actor = by === 'person' ? PERSON : SYSTEM, check?: Change['check']): Promise<{ result: ActResult; ended: boolean }> {
    const result = await this.actions.act(
      code,
      scope,
      actor,
      {
        action: 'chat-closed',
        details: { by },
        done: (i) => i.chat?.open !== true,
        ...(check ? { check } : {}),
        set: (i) => ({ chat: closedChat(i, by, at) }),
      },
      at,
    );
    return { result, ended: result.kind === 'ok' && result.item.chat?.closedAt === at && result.item.chat.closedBy === by };
  }
}

/** A referral is one DynamoDB item (at most 400 KB): a conversation that would outgrow it is ended, never truncated. */
const MAX_ITEM_BYTES = 350_000;

export function roomFor(item: ReferralItem, text: string): string | undefined {
  const size = Buffer.byteLength(JSON.stringify(item)) + Buffer.byteLength(text) + 200;
  return size > MAX_ITEM_BYTES ? 'the conversation is too long to keep on this referral' : undefined;
}

export function closedChat(item: ReferralItem, by: NonNullable<Chat['closedBy']>, at: number): Chat | undefined {
  return item.chat ? { ...item.chat, open: false, closedAt: at, closedBy: by } : undefined;
}
