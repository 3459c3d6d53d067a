import {
  beginUrgent,
  parseScreeningState,
  referralCommand,
  screeningTranslator,
  screeningTurn,
  type ScreeningContext,
  type ScreeningInput,
  type ScreeningResult,
} from '../screening';
import type { TurnScope } from './deps';
import type { Reply } from './messages';
import { mainMenu } from './menus';
import type { ConversationState } from './state';

/** The parts of a screening context that come from the turn, not the flow. */
function context(state: ConversationState, scope: TurnScope): Omit<ScreeningContext, 'state' | 'input'> | undefined {
  const { referrals, catalogue } = scope.deps;
  if (!referrals || !catalogue) return undefined;
  return {
    language: scope.language,
    t: screeningTranslator(scope.deps.translator, scope.language),
    ports: { referrals },
    who: { ...scope.who, seenTopics: state.seenTopics },
    now: scope.deps.now(),
    newId: scope.deps.newId,
    catalogue,
    ...(scope.deps.screeningPolicy ? { policy: scope.deps.screeningPolicy } : {}),
  };
}

/** Keeps the flow's state and, when the flow ends without offering anything, shows the main menu. */
function settle(state: ConversationState, result: ScreeningResult, scope: TurnScope): Reply[] {
  state.screening = result.state;
  if (result.outcome === 'referred') state.referred = true;
  if (result.state === undefined && !result.replies.at(-1)?.choices?.length) return [...result.replies, mainMenu(scope.t)];
  return result.replies;
}

/**
 * Runs a turn of the screening or referral flow; `undefined` when no flow is
 * running and none was asked for. A flow button pressed after its state
 * expired still goes to the flow, which says so and offers the menu.
 */
export async function continueScreening(state: ConversationState, input: ScreeningInput, scope: TurnScope, flowButton = false): Promise<Reply[] | undefined> {
  const ctx = context(state, scope);
  if (!ctx) return undefined;
  const current = parseScreeningState(state.screening);
  if (!current && input.kind !== 'begin' && !flowButton) return undefined;
  return settle(state, await screeningTurn({ ...ctx, state: current, input }), scope);
}

/** "Am I eligible? / talk to a person": start screening. */
export async function startScreening(state: ConversationState, scope: TurnScope): Promise<Reply[]> {
  return (await continueScreening(state, { kind: 'begin' }, scope)) ?? [{ text: scope.t('adviserPlaceholder') }, mainMenu(scope.t)];
}

/** Danger: one question asking consent to pass the person's contact to an adviser urgently. */
export function startUrgent(state: ConversationState, scope: TurnScope): Reply[] {
  const ctx = context(state, scope);
  if (!ctx) return [];
  return settle(state, beginUrgent(ctx), scope);
}

/** "What is happening with my referral?" and "withdraw my referral". */
export async function referralRequest(kind: 'status' | 'withdraw', state: ConversationState, scope: TurnScope): Promise<Reply[]> {
  const ctx = context(state, scope);
  if (!ctx) return [mainMenu(scope.t)];
  return settle(state, await referralCommand(kind, ctx), scope);
}
