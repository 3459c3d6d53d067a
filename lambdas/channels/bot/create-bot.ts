import { BotState } from 'botbuilder-core';
import type { DynamoStateStore } from '../../adapters/dynamodb/state-store';
import type { Who } from '../../core/conversation/deps';
import type { TurnDeps } from '../../core/conversation/engine';
import { CHANNEL_STATE_KEY } from '../channel-state';
import { CollectingAdapter } from './collecting-adapter';
import { DynamoBotStorage } from './dynamo-bot-storage';
import { ERASED, PathwaysBot, REFERRED, WHO } from './pathways-bot';
import { REPLAYED, replayGuard } from './replay-guard';

type Json = Record<string, unknown>;

/** What a channel keeps beside the conversation, saved in the same write (e.g. WhatsApp's outbox and window). */
export type ChannelState = Json;

export interface TurnOptions {
  /** Computes the channel's state to save with this turn, from its previous value and the bot's replies. */
  channelState?: (previous: ChannelState | undefined, replies: Json[]) => ChannelState;
}

export interface TurnOutput {
  replies: Json[];
  /** The person erased their data in this turn: nothing was saved, and the channel must store nothing more. */
  erased: boolean;
  /** The person has a referral: adviser messages may be waiting for them. */
  referred: boolean;
  /** The activity had been answered already (same client activity id): nothing ran, nothing was saved. */
  replayed: boolean;
}

/**
 * The seam's one entry point: everything outside lambdas/channels/ gets a
 * function from an activity and the caller to the bot's replies.
 */
export interface BotRunner {
  run(activity: Json, who: Who, options?: TurnOptions): Promise<TurnOutput>;
  /** The channel state saved by the last completed turn, without running one. */
  channelState(userStateKey: string): Promise<ChannelState | undefined>;
}


export function createBotRunner(store: DynamoStateStore, deps: TurnDeps): BotRunner {
  const state = new BotState(new DynamoBotStorage(store), async (context) => {
    const who = context.turnState.get(WHO) as Who | undefined;
    if (!who) throw new Error('turn has no caller identity');
    return who.userKey;
  });
  const channel = state.createProperty<ChannelState>(CHANNEL_STATE_KEY);
  const bot = new PathwaysBot(state, deps);
  const adapter = new CollectingAdapter(bot, state);
  adapter.use(replayGuard(state));
  return {
    run: async (activity, who, options = {}) => {
      let erased = false;
      let referred = false;
      let replayed = false;
      const replies = await adapter.process(activity, new Map([[WHO, who]]), async (context, outbox) => {
        // A repeat leaves the channel's record of the first answer as it was.
        if (options.channelState && !context.turnState.get(REPLAYED)) await channel.set(context, options.channelState(await channel.get(context), outbox as Json[]));
      }, (context) => {
        erased = Boolean(context.turnState.get(ERASED));
        referred = Boolean(context.turnState.get(REFERRED));
        replayed = Boolean(context.turnState.get(REPLAYED));
      });
      return { replies: replies as Json[], erased, referred, replayed };
    },
    channelState: async (userStateKey) => (await store.read(userStateKey))?.value[CHANNEL_STATE_KEY] as ChannelState | undefined,
  };
}
