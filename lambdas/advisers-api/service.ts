import type * as z from 'zod';
import type { ActResult, Change } from '../adapters/dynamodb/referral-actions';
import type { Actor, ReferralItem } from '../adapters/dynamodb/referral-items';
import { BadCursorError, type ReferralQueue } from '../adapters/dynamodb/referral-queue';
import type { DynamoReferralStore } from '../adapters/dynamodb/referral-store';
import type { AdviserIdentity } from '../adapters/security/adviser-identity';
import type { DeliverAdviserMessage } from '../core/screening/adviser-delivery';
import { canMove, REFERRAL_STATUSES } from '../core/screening/referral-status';
import { HttpError } from '../http/responses';
import type { listQuery, statusBody } from './schemas';
import { toAudit, toDetail, toSummary, type ViewDeps } from './views';

export interface ServiceDeps {
  store: DynamoReferralStore;
  queue: ReferralQueue;
  views: ViewDeps;
  deliver: DeliverAdviserMessage;
  now: () => number;
  newId: () => string;
}

const actorOf = (who: AdviserIdentity): Actor => ({ kind: 'adviser', id: who.id, ...(who.email ? { email: who.email } : {}) });

/** Only the adviser holding the case (or a lead) acts for it towards the person. */
const holderOnly = (who: AdviserIdentity) => (item: ReferralItem) =>
  who.lead || item.claimedBy?.id === who.id ? undefined : `referral is claimed by ${item.claimedBy?.email ?? 'another adviser'}`;

/**
 * What advisers can do with their organisation's referrals. Every call is
 * scoped to the caller's organisation: another organisation's referral does
 * not exist for them (404, never 403). Every view and change is audited.
 */
export class AdvisersService {
  constructor(private readonly deps: ServiceDeps) {}

  async list(who: AdviserIdentity, query: z.infer<typeof listQuery>) {
    try {
      const page = await this.deps.queue.list({ ...query, org: who.org }, this.deps.now());
      return { items: page.items.map((i) => toSummary(this.deps.views, i)), cursor: page.cursor ?? null };
    } catch (error) {
      if (error instanceof BadCursorError) throw new HttpError(400, 'BadCursor', error.message);
      throw error;
    }
  }

  async counts(who: AdviserIdentity) {
    return { org: who.org, counts: await this.deps.queue.counts(who.org, this.deps.now()) };
  }

  async view(who: AdviserIdentity, code: string) {
    return toDetail(this.deps.views, ok(code, await this.act(who, code, { action: 'viewed' })), who);
  }

  async claim(who: AdviserIdentity, code: string) {
    const change: Change = { action: 'claimed', from: ['new'], set: () => ({ status: 'claimed', claimedBy: actorOf(who), claimedAt: this.deps.now() }) };
    return toDetail(this.deps.views, ok(code, await this.act(who, code, change)), who);
  }

  async addNote(who: AdviserIdentity, code: string, text: string) {
    const note = { id: this.deps.newId(), at: this.deps.now(), by: actorOf(who), text };
    const change: Change = { action: 'note-added', details: { noteId: note.id }, check: noPersonalDataLeft, appendNote: note };
    return toDetail(this.deps.views, ok(code, await this.act(who, code, change)), who);
  }

  async setStatus(who: AdviserIdentity, code: string, body: z.infer<typeof statusBody>) {
    const from = REFERRAL_STATUSES.filter((s) => canMove(s, body.status));
    const outcome = 'outcome' in body ? body.outcome : undefined;
    const change: Change = {
      action: 'status-changed',
      details: { to: body.status, ...(outcome ? { outcome } : {}) },
      from,
      check: holderOnly(who),
      set: () => ({ status: body.status, ...(outcome ? { outcome } : {}) }),
    };
    return toDetail(this.deps.views, ok(code, await this.act(who, code, change)), who);
  }

  /** Stores the message on the referral first (so it is never lost), then delivers it and records how that went. */
  async sendMessage(who: AdviserIdentity, code: string, text: string) {
    const message = { id: this.deps.newId(), at: this.deps.now(), from: 'adviser' as const, by: actorOf(who), text, delivery: 'pending' as const };
    const change: Change = { action: 'message-sent', details: { messageId: message.id }, from: ['claimed', 'in_contact'], check: holderOnly(who), appendMessage: message };
    const item = ok(code, await this.act(who, code, change));
    const index = item.messages.findIndex((m) => m.id === message.id);
    let delivery: 'delivered' | 'held' | 'undeliverable' | 'failed';
    try {
      delivery = await this.deps.deliver(
        { code, channel: item.channel, userKey: item.userKey, contact: item.contact, conversationId: item.conversationId, language: item.language },
        { id: message.id, text, at: message.at },
      );
    } catch {
      delivery = 'failed';
    }
    await this.deps.store.actions.setDelivery(code, index, message.id, delivery);
    const updated = { ...item, messages: item.messages.map((m) => (m.id === message.id ? { ...m, delivery } : m)) };
    return toDetail(this.deps.views, updated, who);
  }

  async audit(who: AdviserIdentity, code: string) {
    if (!who.lead) throw new HttpError(403, 'LeadsOnly', "only an organisation's leads may read audit trails");
    const trail = await this.deps.store.auditTrail(code, { org: who.org });
    if (!trail) throw notFound(code);
    return toAudit(code, trail);
  }

  private act(who: AdviserIdentity, code: string, change: Change): Promise<ActResult> {
    return this.deps.store.actions.act(code, { org: who.org }, actorOf(who), change, this.deps.now());
  }
}

function noPersonalDataLeft(item: ReferralItem): string | undefined {
  return item.personalDataRemovedAt ? 'the person removed their data; nothing more can be added' : undefined;
}

function ok(code: string, result: ActResult): ReferralItem {
  if (result.kind === 'not-found') throw notFound(code);
  if (result.kind === 'conflict') throw new HttpError(409, 'Conflict', result.reason);
  return result.item;
}

function notFound(code: string): HttpError {
  return new HttpError(404, 'NotFound', `no referral ${code} in your organisation`);
}
