import { askTurn, beginScreening } from './ask';
import { consentTurn, routeTurn } from './consent';
import { end } from './outcome';
import { withdrawConfirmTurn, withdrawPickTurn } from './referral-commands';
import type { ScreeningContext, ScreeningResult } from './types';
import { beginUrgent, urgentTurn } from './urgent';

/**
 * One turn of screening and referral. The engine calls it with
 * `{ kind: 'begin' }` (or `{ kind: 'begin', urgent: true }` for the safety
 * path), then with every input while the returned state is defined; when
 * the state comes back undefined the flow is over (see `outcome`).
 *
 * Pass the person's input as it came: the flow reads numbers itself, since
 * "2" is an answer to "years of experience" but an option number elsewhere.
 */
export async function screeningTurn(ctx: ScreeningContext): Promise<ScreeningResult> {
  const { input, state } = ctx;
  if (input.kind === 'begin') return input.urgent ? beginUrgent(ctx) : beginScreening(ctx);
  if (!state) return end('menu', [{ text: ctx.t('expired') }]);
  switch (state.mode) {
    case 'ask':
      return askTurn(ctx, state, input);
    case 'route':
      return routeTurn(ctx, state);
    case 'consent':
      return consentTurn(ctx, state);
    case 'urgent':
      return urgentTurn(ctx, state);
    case 'withdraw-pick':
      return withdrawPickTurn(ctx, state);
    case 'withdraw-confirm':
      return withdrawConfirmTurn(ctx, state);
  }
}
