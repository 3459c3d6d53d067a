import type * as z from 'zod';
import type { ActResult, Change } from '../adapters/dynamodb/referral-actions';
import type { Actor, ReferralItem } from '../adapters/dynamodb/referral-items';
import type { LiveChatPointers } from '../adapters/dynamodb/live-chat';
import { BadCursorError, type ReferralQueue } from '../adapters/dynamodb/referral-queue';
import { roomFor, type DynamoReferralStore } from '../adapters/dynamodb/referral-store';
import type { AdviserIdentity } from '../adapters/security/adviser-identity';
import type { DeliverAdviserMessage } from '../core/screening/adviser-delivery';
import { canMove, isFinished, REFERRAL_STATUSES } from '../core/screening/referral-status';
import { HttpError } from '../http/responses';
import type { listQuery, statusBody } from './schemas';
import { toAudit, toConversation, toDetail, toSummary, type ViewDeps } from './views';

export interface ServiceDeps {
  store: DynamoReferralStore;
  queue: ReferralQueue;
  views: ViewDeps;
  deliver: DeliverAdviserMessage;
  chats: LiveChatPointers;
  /** What the person is told when an adviser joins or leaves the chat, in their language (screening `chat.*`). */
  notice: (language: string | undefined, key: 'chat.joined' | 'chat.left', params: Record<string, string>) => string;
  /** When the person last wrote on WhatsApp (epoch ms), for the window shown in the console. */
  lastInboundAt: (userKey: string) => Promise<number | undefined>;
  orgName: (org: string) => string;
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

  /** Opening a case also marks the adviser present: the person is told someone is on the line. */
  async view(who: AdviserIdentity, code: string) {
    const now = this.deps.now();
    return this.detail(ok(code, await this.act(who, code, { action: 'viewed', set: () => ({ adviserSeenAt: now }) })), who);
  }

  async claim(who: AdviserIdentity, code: string) {
    const change: Change = { action: 'claimed', from: ['new'], set: () => ({ status: 'claimed', claimedBy: actorOf(who), claimedAt: this.deps.now() }) };
    return this.detail(ok(code, await this.act(who, code, change)), who);
  }

  async addNote(who: AdviserIdentity, code: string, text: string) {
    const note = { id: this.deps.newId(), at: this.deps.now(), by: actorOf(who), text };
    const change: Change = { action: 'note-added', details: { noteId: note.id }, check: noPersonalDataLeft, appendNote: note };
    return this.detail(ok(code, await this.act(who, code, change)), who);
  }

  /** A final status also ends the live chat, and the person is told. */
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
    let item = ok(code, await this.act(who, code, change));
    if (isFinished(item.status) && item.chat?.open) item = await this.endChat(who, code);
    return this.detail(item, who);
  }

  /**
   * Stores the message on the referral first (so it is never lost), then
   * delivers it and records how that went. The first message opens the live
   * chat: from then on the person's messages come here, not to the bot.
   */
  async sendMessage(who: AdviserIdentity, code: string, text: string) {
    await this.openChat(who, code);
    const message = { id: this.deps.newId(), at: this.deps.now(), from: 'adviser' as const, by: actorOf(who), text, delivery: 'pending' as const };
    const change: Change = {
      action: 'message-sent',
      details: { messageId: message.id },
      from: ['claimed', 'in_contact'],
      check: (i) => holderOnly(who)(i) ?? roomFor(i, text),
      appendMessage: message,
    };
    const item = ok(code, await this.act(who, code, change));
    const delivery = await this.deliver(item, { id: message.id, kind: 'message', text, at: message.at });
    const index = item.messages.findIndex((m) => m.id === message.id);
    await this.deps.store.actions.setDelivery(code, index, message.id, delivery);
    return this.detail({ ...item, messages: item.messages.map((m) => (m.id === message.id ? { ...m, delivery } : m)) }, who);
  }

  /** Opens or ends the live chat on the adviser's request. */
  async setChat(who: AdviserIdentity, code: string, open: boolean) {
    return this.detail(open ? await this.openChat(who, code) : await this.endChat(who, code), who);
  }

  /**
   * What the console polls while a case is open: the conversation after
   * `after`, the chat and WhatsApp window state. It keeps the adviser shown
   * as present; new messages from the person are audited as a view.
   */
  async conversation(who: AdviserIdentity, code: string, after: number) {
    const now = this.deps.now();
    const item = await this.deps.store.get(code, { org: who.org });
    if (!item) throw notFound(code);
    const fresh = item.messages.filter((m) => m.at > after);
    const fromPerson = fresh.filter((m) => m.from === 'user').length;
    if (fromPerson > 0) ok(code, await this.act(who, code, { action: 'viewed', details: { newMessages: fromPerson }, set: () => ({ adviserSeenAt: now }) }));
    else await this.deps.store.actions.touchAdviserSeen(code, now);
    return toConversation(item, fresh, await this.windowOf(item), now);
  }

  async audit(who: AdviserIdentity, code: string) {
    if (!who.lead) throw new HttpError(403, 'LeadsOnly', "only an organisation's leads may read audit trails");
    const trail = await this.deps.store.auditTrail(code, { org: who.org });
    if (!trail) throw notFound(code);
    return toAudit(code, trail);
  }

  /** Opens the chat if it is not open, makes sure the bot can find it, and tells the person once. */
  private async openChat(who: AdviserIdentity, code: string): Promise<ReferralItem> {
    const { result, opened } = await this.deps.store.openChat(code, { org: who.org }, actorOf(who), this.deps.now(), holderOnly(who));
    const item = ok(code, result);
    if (item.userKey && item.chat?.open) await this.deps.chats.set(item.userKey, code, item.chat.openedAt, item.expiresAt);
    if (opened) await this.notify(item, 'chat.joined');
    return item;
  }

  private async endChat(who: AdviserIdentity, code: string): Promise<ReferralItem> {
    const { result, ended } = await this.deps.store.endChat(code, { org: who.org }, 'adviser', this.deps.now(), actorOf(who), holderOnly(who));
    const item = ok(code, result);
    if (item.userKey) await this.deps.chats.clear(item.userKey, code);
    if (ended) await this.notify(item, 'chat.left');
    return item;
  }

  private async notify(item: ReferralItem, key: 'chat.joined' | 'chat.left'): Promise<void> {
    const text = this.deps.notice(item.language, key, { code: item.code, org: this.deps.orgName(item.org) });
    await this.deliver(item, { id: this.deps.newId(), kind: 'notice', text, at: this.deps.now() });
  }

  private async deliver(item: ReferralItem, message: Parameters<DeliverAdviserMessage>[1]) {
    try {
      return await this.deps.deliver(
        { code: item.code, channel: item.channel, userKey: item.userKey, contact: item.contact, conversationId: item.conversationId, language: item.language },
        message,
      );
    } catch {
      return 'failed' as const;
    }
  }

  private async detail(item: ReferralItem, who: AdviserIdentity) {
    return toDetail(this.deps.views, item, who, await this.windowOf(item), this.deps.now());
  }

  /** The WhatsApp window only matters (and is only read) for WhatsApp cases whose person is still known. */
  private async windowOf(item: ReferralItem): Promise<number | null | undefined> {
    if (item.channel !== 'whatsapp' || !item.userKey) return undefined;
    return (await this.deps.lastInboundAt(item.userKey)) ?? null;
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
