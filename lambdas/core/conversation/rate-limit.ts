import type { ConversationState } from './state';

/** Messages per person per minute before the bot asks them to slow down. */
export const RATE_LIMIT_PER_MINUTE = 20;

/**
 * The same, while an adviser is on the line: people write to a person in
 * short bursts ("hello", "yes", "I am in Amman", ...), and those messages
 * cost no bot answer, so the bot's limit would drop words meant for the
 * adviser. Still bounded, because each one rewrites the case.
 */
export const LIVE_CHAT_RATE_LIMIT_PER_MINUTE = 60;

/**
 * Flood control per person: past the limit, one polite slow-down reply, then
 * silence until the minute is over, so a flood costs one answer, not a
 * processing storm. Returns 'ok', 'warn' (send the slow-down once) or 'drop'.
 */
export function checkRate(state: ConversationState, now: number, limit = RATE_LIMIT_PER_MINUTE): 'ok' | 'warn' | 'drop' {
  const rate = state.rate && now - state.rate.windowStart < 60_000 ? state.rate : { windowStart: now, count: 0, warned: false };
  rate.count += 1;
  state.rate = rate;
  if (rate.count <= limit) return 'ok';
  if (rate.warned) return 'drop';
  rate.warned = true;
  return 'warn';
}
