import { ActivityHandler, type BotState, type StatePropertyAccessor, type TurnContext } from 'botbuilder-core';
import { respond, type TurnDeps } from '../../core/conversation/engine';
import type { UserInput } from '../../core/conversation/messages';
import { migrateState, type ConversationState } from '../../core/conversation/state';
import { DEFAULT_LANGUAGE } from '../../core/languages';
import { toActivity, toUserInput } from './activity-mapping';

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
    const previous = migrateState(await this.conversation.get(context));
    const { state, replies } = respond(previous, input, this.deps);
    await this.conversation.set(context, state);
    const locale = state.language ?? DEFAULT_LANGUAGE;
    if (replies.length > 0) await context.sendActivities(replies.map((reply) => toActivity(reply, locale)));
  }
}
