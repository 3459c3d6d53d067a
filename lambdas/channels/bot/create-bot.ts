import { BotState } from 'botbuilder-core';
import type { DynamoStateStore } from '../../adapters/dynamodb/state-store';
import type { TurnDeps } from '../../core/conversation/engine';
import { CollectingAdapter } from './collecting-adapter';
import { DynamoBotStorage } from './dynamo-bot-storage';
import { PathwaysBot } from './pathways-bot';

type Json = Record<string, unknown>;

/** What a channel keeps beside the conversation, saved in the same write (e.g. WhatsApp's outbox and window). */
export type ChannelState = Json;

export interface TurnOptions {
  /** Computes the channel's state to save with this turn, from its previous value and the bot's replies. */
  channelState?: (previous: ChannelState | undefined, replies: Json[]) => ChannelState;
}

/**
 * The seam's one entry point: everything outside lambdas/channels/ gets a
 * function from an activity and the person's storage key to the bot's replies.
 */
export interface BotRunner {
  run(activity: Json, userStateKey: string, options?: TurnOptions): Promise<Json[]>;
  /** The channel state saved by the last completed turn, without running one. */
  channelState(userStateKey: string): Promise<ChannelState | undefined>;
}

const USER_KEY = Symbol('userStateKey');
const CHANNEL = 'channel';

export function createBotRunner(store: DynamoStateStore, deps: TurnDeps): BotRunner {
  const state = new BotState(new DynamoBotStorage(store), async (context) => {
    const key = context.turnState.get(USER_KEY) as string | undefined;
    if (!key) throw new Error('turn has no user state key');
    return key;
  });
  const channel = state.createProperty<ChannelState>(CHANNEL);
  const bot = new PathwaysBot(state, deps);
  const adapter = new CollectingAdapter(bot, state);
  return {
    run: async (activity, userStateKey, options = {}) => {
      const replies = await adapter.process(activity, new Map([[USER_KEY, userStateKey]]), async (context, outbox) => {
        if (options.channelState) await channel.set(context, options.channelState(await channel.get(context), outbox as Json[]));
      });
      return replies as Json[];
    },
    channelState: async (userStateKey) => (await store.read(userStateKey))?.value[CHANNEL] as ChannelState | undefined,
  };
}

/** Shorthand for channels that keep no state of their own (web chat). */
export type RunTurn = (activity: Json, userStateKey: string) => Promise<Json[]>;
