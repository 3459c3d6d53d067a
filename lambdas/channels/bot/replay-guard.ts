import type { BotState, TurnContext } from 'botbuilder-core';

/** Turn-state key the guard sets when it ended a turn as a repeat, so the channel can deliver the first answer again. */
export const REPLAYED = Symbol('replayed');

/** Enough to cover a client's retries of its last few messages; small, because it rides in every state write. */
export const REMEMBERED_CLIENT_IDS = 10;

/** The client's own id for an activity, kept across its retries (web chat sends one; WhatsApp's wamid is claimed by the worker instead). */
export function clientActivityIdOf(context: TurnContext): string | undefined {
  const id = (context.activity.channelData as { clientActivityID?: unknown } | undefined)?.clientActivityID;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * Middleware that runs a turn once per client activity id. The ids of the
 * last few turns are kept in the person's state, so they are saved in the
 * same conditional write as the turn itself: a retry that arrives after the
 * turn finished ends without a word (marked {@link REPLAYED}, so the channel
 * can make sure the first answer was delivered), and
 * one that races the first attempt loses the write, re-runs on fresh state
 * and then finds its id.
 */
export function replayGuard(state: BotState): (context: TurnContext, next: () => Promise<void>) => Promise<void> {
  const seen = state.createProperty<string[]>('clientActivityIds');
  return async (context, next) => {
    const id = clientActivityIdOf(context);
    if (!id) return next();
    const recent = (await seen.get(context)) ?? [];
    if (recent.includes(id)) {
      context.turnState.set(REPLAYED, true);
      return;
    }
    await seen.set(context, [...recent, id].slice(-REMEMBERED_CLIENT_IDS));
    await next();
  };
}
