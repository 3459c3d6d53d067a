import {
  BotAdapter,
  TurnContext,
  type Activity,
  type ActivityHandler,
  type BotState,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder-core';
import { StateConflictError } from '../../adapters/dynamodb/state-store';
import { ERASED } from './pathways-bot';

/**
 * A BotAdapter that holds the bot's outgoing activities until the turn's
 * state is safely written. If another turn for the same person wrote first,
 * the whole turn re-runs on fresh state and nothing from the lost attempt is
 * ever delivered: a concurrent write is a clean retry, never a lost or
 * doubled reply. Channels deliver the returned activities themselves.
 */
export class CollectingAdapter extends BotAdapter {
  constructor(
    private readonly bot: ActivityHandler,
    private readonly state: BotState,
    private readonly maxAttempts = 8,
  ) {
    super();
  }

  /**
   * Runs one turn and returns what the bot said, after its state is saved.
   * `turnState` seeds the context; `beforeSave` lets a channel keep its own
   * state (e.g. an outbox) in the same conditional write as the turn's.
   */
  async process(
    activity: Partial<Activity>,
    turnState: ReadonlyMap<symbol, unknown> = new Map(),
    beforeSave?: (context: TurnContext, outbox: Partial<Activity>[]) => Promise<void>,
    afterTurn?: (context: TurnContext) => void,
  ): Promise<Partial<Activity>[]> {
    for (let attempt = 1; ; attempt++) {
      const context = new TurnContext(this, activity);
      for (const [key, value] of turnState) context.turnState.set(key, value);
      const outbox: Partial<Activity>[] = [];
      context.onSendActivities(async (_context, activities) => {
        outbox.push(...activities);
        return activities.map(() => ({ id: '' }));
      });
      try {
        await this.runMiddleware(context, (ctx) => this.bot.run(ctx));
        afterTurn?.(context);
        // A turn that erased the person's data must not write their state back.
        if (context.turnState.get(ERASED)) return outbox;
        await beforeSave?.(context, outbox);
        await this.state.saveChanges(context);
        return outbox;
      } catch (error) {
        if (!(error instanceof StateConflictError) || attempt >= this.maxAttempts) throw error;
        // Jittered backoff, so turns that collided do not collide again in lockstep.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
      }
    }
  }

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    // Reached only if a handler bypasses the collecting hook; refuse rather than send before state is saved.
    throw new Error(`refusing to send ${activities.length} activities outside a collected turn`);
  }

  async updateActivity(): Promise<void> {
    throw new Error('updating sent messages is not supported on Pathways channels');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('deleting sent messages is not supported on Pathways channels');
  }

  async continueConversation(_reference: Partial<ConversationReference>): Promise<void> {
    throw new Error('proactive messages go through the channel senders, not the adapter');
  }
}
