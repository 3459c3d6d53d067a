import type { Reply } from '../conversation/messages';
import { commandOf } from './nav';
import type { ScreeningContext, ScreeningOutcome, ScreeningResult, ScreeningState } from './types';

/** The flow is over: the engine takes the conversation back. */
export function end(outcome: ScreeningOutcome, replies: Reply[]): ScreeningResult {
  return { state: undefined, replies, outcome };
}

export function stay(state: ScreeningState, replies: Reply[]): ScreeningResult {
  return { state, replies };
}

/**
 * Reads a yes/no step: its own buttons, typed yes/no words, or stop/menu.
 * @returns 'other' for anything else, and the step asks again.
 */
export function yesNo(ctx: ScreeningContext, yesId: string, noId: string): 'yes' | 'no' | 'stop' | 'menu' | 'other' {
  const { input } = ctx;
  if (input.kind === 'choice' && input.id === yesId) return 'yes';
  if (input.kind === 'choice' && input.id === noId) return 'no';
  if (input.kind !== 'choice' && input.kind !== 'text') return 'other';
  const command = commandOf(input, ctx.t, ['stop', 'menu', 'yes', 'no']);
  return command === 'yes' || command === 'no' || command === 'stop' || command === 'menu' ? command : 'other';
}

/** Stop and menu both end the flow and say that nothing was shared. */
export function stopped(ctx: ScreeningContext, how: 'stop' | 'menu'): ScreeningResult {
  return end(how === 'stop' ? 'stopped' : 'menu', [{ text: ctx.t('stopped') }]);
}
