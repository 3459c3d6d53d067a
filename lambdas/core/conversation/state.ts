import type { LanguageCode } from '../languages';

/** Something the bot asked and is waiting for an answer to. */
export type Awaiting =
  | { kind: 'erase-confirm' }
  | { kind: 'offer-text' };

/**
 * Everything the bot remembers about one person on one channel, kept as one
 * item so a turn costs one read and one conditional write. It holds no
 * message text and no contact details.
 * Bump `v` when the shape changes; `migrateState` upgrades old items.
 */
export interface ConversationState {
  v: 1;
  /** Chosen by the user; absent until they choose. */
  language?: LanguageCode;
  /** Ids of the choices last offered, so "2" (in any script) picks the second. */
  offered: string[];
  /** Languages in which the machine-translation notice was already shown in this conversation. */
  noticeShownFor: LanguageCode[];
  /** Whether the privacy notice was shown (once, at first contact). */
  privacyNoticeShown?: boolean;
  /** A topic a helper's link asked for, shown once the person has chosen a language. */
  pendingTopic?: string;
  /** Topic ids read in this conversation (latest last, at most 20): an adviser sees them only with consent. */
  seenTopics: string[];
  awaiting?: Awaiting;
  /** The screening flow's own state while it runs (owned by lambdas/core/screening). */
  screening?: unknown;
  /** The person has made a referral: their channel checks for adviser messages held for them. */
  referred?: boolean;
  /** The live chat the bot last spoke about, and whether it said an adviser was online (so it speaks only on a change). */
  liveChat?: { code: string; presence: 'online' | 'offline' };
  /** Answers so far to the guided offer check (yes/no/unsure per question id). */
  offerAnswers?: Record<string, string>;
  /** Per-person flood control: messages counted in the current minute. */
  rate?: { windowStart: number; count: number; warned: boolean };
}

export function newState(): ConversationState {
  return { v: 1, offered: [], noticeShownFor: [], seenTopics: [] };
}

/** Accepts whatever was stored (possibly by an older version) and returns a current state. */
export function migrateState(stored: unknown): ConversationState {
  if (!stored || typeof stored !== 'object') return newState();
  const s = stored as Partial<ConversationState>;
  return {
    ...newState(),
    ...s,
    v: 1,
    offered: Array.isArray(s.offered) ? s.offered : [],
    noticeShownFor: Array.isArray(s.noticeShownFor) ? s.noticeShownFor : [],
    seenTopics: Array.isArray(s.seenTopics) ? s.seenTopics : [],
  };
}
