import type { LanguageCode } from '../languages';

/**
 * Everything the bot remembers about one person on one channel, kept as one
 * item so a turn costs one read and one conditional write.
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
}

export function newState(): ConversationState {
  return { v: 1, offered: [], noticeShownFor: [] };
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
  };
}
