import { BotState } from 'botbuilder-core';
import type { DynamoStateStore } from '../../adapters/dynamodb/state-store';
import type { TurnDeps } from '../../core/conversation/engine';
import { CollectingAdapter } from './collecting-adapter';
import { DynamoBotStorage } from './dynamo-bot-storage';
import { PathwaysBot } from './pathways-bot';

/**
 * The seam's one entry point: everything outside lambdas/channels/ gets a
 * function from an activity and the person's storage key to the bot's replies.
 */
export type RunTurn = (activity: Record<string, unknown>, userStateKey: string) => Promise<Record<string, unknown>[]>;

const USER_KEY = Symbol('userStateKey');

export function createBotRunner(store: DynamoStateStore, deps: TurnDeps): RunTurn {
  const state = new BotState(new DynamoBotStorage(store), async (context) => {
    const key = context.turnState.get(USER_KEY) as string | undefined;
    if (!key) throw new Error('turn has no user state key');
    return key;
  });
  const bot = new PathwaysBot(state, deps);
  const adapter = new CollectingAdapter(bot, state);
  return async (activity, userStateKey) => {
    const replies = await adapter.process(activity, new Map([[USER_KEY, userStateKey]]));
    return replies as Record<string, unknown>[];
  };
}
