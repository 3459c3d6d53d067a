import { randomBytes } from 'node:crypto';
import type { DynamoWebchatStore } from '../adapters/dynamodb/webchat-store';
import type { WebchatGrant, WebchatTokens } from '../adapters/security/webchat-token';
import { HttpError } from '../http/responses';
import type { InboundActivity } from './schemas';

export interface DirectLineDeps {
  tokens: WebchatTokens;
  store: DynamoWebchatStore;
  /**
   * Runs one bot turn for a person's state key and returns the bot's
   * activities; `replayed` when the activity had been answered already (a
   * client's retry), in which case nothing ran.
   */
  runTurn: (activity: Record<string, unknown>, userStateKey: string) => Promise<{ replies: Record<string, unknown>[]; erased: boolean; replayed: boolean }>;
  /** The answer saved with the person's state for this activity id, if it was the last one answered. */
  savedAnswer: (userStateKey: string, activityId: string) => Promise<Record<string, unknown>[] | undefined>;
  userKey: (userId: string) => string;
  tokenTtlSeconds: number;
  now: () => number;
  /** Per-network limit on new conversations (checked before anything is stored). */
  allowStart: (network: string) => Promise<boolean>;
}

export interface ConversationInfo {
  conversationId: string;
  token: string;
  expires_in: number;
}

const BOT = { id: 'pathways', name: 'Pathways', role: 'bot' } as const;
const newId = () => randomBytes(12).toString('base64url');

/**
 * The Direct Line 3.0 subset the web chat needs, over DynamoDB: start a
 * conversation, post an activity (one bot turn), poll with a watermark.
 */
export class DirectLine {
  constructor(private readonly deps: DirectLineDeps) {}

  async startConversation(network: string): Promise<ConversationInfo> {
    if (!(await this.deps.allowStart(network))) {
      throw new HttpError(429, 'TooManyRequests', 'too many new conversations from this network; try again in a minute', { 'retry-after': '60' });
    }
    const grant = { conversationId: newId(), userId: newId(), exp: this.expiry() };
    await this.deps.store.createConversation(this.deps.userKey(grant.userId), grant.conversationId);
    return this.info(grant);
  }

  /** Reconnect or refresh: a fresh token for the same conversation. */
  async resume(grant: WebchatGrant): Promise<ConversationInfo> {
    await this.requireConversation(grant);
    return this.info({ ...grant, exp: this.expiry() });
  }

  /**
   * Runs the turn and stores the bot's replies for polling. When the person
   * erased their data, nothing is stored: the confirmation travels in this
   * response (`activities`, an extension standard clients ignore) and the
   * conversation is over.
   */
  async post(grant: WebchatGrant, inbound: InboundActivity): Promise<{ id: string; erased?: true; activities?: Record<string, unknown>[] }> {
    const userStateKey = this.deps.userKey(grant.userId);
    await this.requireConversation(grant);
    const { channelData, ...fields } = inbound;
    const clientId = channelData?.clientActivityID;
    // The client's id makes the activity id stable across retries, which is what the bot de-duplicates on.
    const id = `${grant.conversationId}|${clientId ? `c${clientId}` : `u${newId()}`}`;
    const activity = {
      ...fields,
      ...(clientId ? { channelData: { clientActivityID: clientId } } : {}),
      id,
      channelId: 'webchat',
      serviceUrl: 'https://pathways.invalid/webchat',
      timestamp: new Date(this.deps.now()).toISOString(),
      from: { id: grant.userId, role: 'user' },
      recipient: BOT,
      conversation: { id: grant.conversationId },
    };
    const turn = await this.deps.runTurn(activity, userStateKey);
    // A retry: the first attempt may have failed before its answer was stored, so store whatever of it is missing.
    const replies = turn.replayed ? ((await this.deps.savedAnswer(userStateKey, id)) ?? []) : turn.replies;
    const stamped = replies.map((reply) => ({
      ...reply,
      from: BOT,
      conversation: { id: grant.conversationId },
      replyToId: id,
      timestamp: new Date(this.deps.now()).toISOString(),
    }));
    if (turn.erased) return { id, erased: true, activities: stamped };
    await this.deps.store.append(userStateKey, grant.conversationId, stamped, id);
    return { id };
  }

  async activities(grant: WebchatGrant, watermark: number): Promise<{ activities: Record<string, unknown>[]; watermark: string }> {
    const page = await this.deps.store.list(this.deps.userKey(grant.userId), grant.conversationId, watermark);
    return {
      activities: page.activities.map(({ seq, activity }) => ({ ...activity, id: `${grant.conversationId}|${String(seq).padStart(7, '0')}` })),
      watermark: String(page.watermark),
    };
  }

  private async requireConversation(grant: WebchatGrant): Promise<void> {
    const known = await this.deps.store.exists(this.deps.userKey(grant.userId), grant.conversationId);
    if (!known) throw new HttpError(404, 'NotFound', 'unknown conversation');
  }

  private info(grant: WebchatGrant): ConversationInfo {
    return { conversationId: grant.conversationId, token: this.deps.tokens.issue(grant), expires_in: this.deps.tokenTtlSeconds };
  }

  private expiry(): number {
    return Math.floor(this.deps.now() / 1000) + this.deps.tokenTtlSeconds;
  }
}
