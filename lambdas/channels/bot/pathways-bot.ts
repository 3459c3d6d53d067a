import { ActivityHandler, type BotState, type StatePropertyAccessor, type TurnContext } from 'botbuilder-core';
import type { Who } from '../../core/conversation/deps';
import { respond, type TurnDeps } from '../../core/conversation/engine';
import type { UserInput } from '../../core/conversation/messages';
import { migrateState, type ConversationState } from '../../core/conversation/state';
import { DEFAULT_LANGUAGE } from '../../core/languages';
import { countMetric } from '../../adapters/observability/metrics';
import { toActivity, toUserInput } from './activity-mapping';

/** Anonymous reporting counter: which topics are read, in which language, on which channel (no person in it). */
function countTopicRead(previous: ConversationState, state: ConversationState, channel: string): void {
  const topic = state.seenTopics.at(-1);
  if (topic && topic !== previous.seenTopics.at(-1)) countMetric('TopicsRead', { topic, language: state.language ?? DEFAULT_LANGUAGE, channel });
}

/** Turn-state keys the channel sets (who is talking) and reads back (whether the turn erased their data). */
export const WHO = Symbol('who');
export const ERASED = Symbol('erased');
export const REFERRED = Symbol('referred');

/**
 * The botbuilder face of the conversation core: it loads state, asks the
 * core what to say, and sends it. All decisions live in the core, so
 * swapping botbuilder for its successor touches this folder only.
 */
export class PathwaysBot extends ActivityHandler {
  private readonly conversation: StatePropertyAccessor<ConversationState>;

  constructor(
    state: BotState,
    private readonly deps: TurnDeps,
  ) {
    super();
    this.conversation = state.createProperty<ConversationState>('conversation');
    this.onMessage(async (context, next) => {
      await this.turn(context, toUserInput(context.activity));
      await next();
    });
    this.onEvent(async (context, next) => {
      if (context.activity.name === 'start') await this.turn(context, toUserInput(context.activity));
      await next();
    });
  }

  private async turn(context: TurnContext, input: UserInput): Promise<void> {
    const who = context.turnState.get(WHO) as Who | undefined;
    if (!who) throw new Error('turn has no caller identity');
    const previous = migrateState(await this.conversation.get(context));
    const { state, replies, erased } = await respond(previous, input, this.deps, who);
    if (erased) {
      context.turnState.set(ERASED, true);
    } else {
      await this.conversation.set(context, state);
      if (state.referred) context.turnState.set(REFERRED, true);
      countTopicRead(previous, state, who.channel);
    }
    const locale = state.language ?? previous.language ?? DEFAULT_LANGUAGE;
    if (replies.length > 0) await context.sendActivities(replies.map((reply) => toActivity(reply, locale)));
  }
}
