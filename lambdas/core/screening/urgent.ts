import type { Reply } from '../conversation/messages';
import { end, stay, stopped, yesNo } from './outcome';
import { referralCodeFrom } from './referral-code';
import { createReferral } from './referral-create';
import { isFinished } from './referral-status';
import { chooseOrganisation } from './routing';
import { policyOf, SCREENING_CHOICE, type ScreeningContext, type ScreeningResult, type ScreeningState } from './types';

/** Pathway id of safety referrals: no eligibility questions, sorted first in every queue. */
export const URGENT_PATHWAY = 'urgent';

type UrgentState = Extract<ScreeningState, { mode: 'urgent' }>;

/**
 * The safety path: one question, asking consent to pass the person's
 * contact to an adviser urgently. No eligibility questions: someone in
 * danger is never screened.
 */
export function beginUrgent(ctx: Omit<ScreeningContext, 'state' | 'input'>): ScreeningResult {
  const organisation = chooseOrganisation(ctx.catalogue, 'urgent', { language: ctx.language });
  const state: UrgentState = { v: 1, mode: 'urgent', organisation: organisation.id, code: referralCodeFrom(ctx.newId()) };
  return stay(state, [urgentReply(ctx, state)]);
}

function urgentReply(ctx: Omit<ScreeningContext, 'state' | 'input'>, state: UrgentState): Reply {
  const organisation = ctx.catalogue.organisations.find((o) => o.id === state.organisation);
  return {
    text: ctx.t('urgent.consent', {
      org: organisation?.name ?? state.organisation,
      shared: ctx.t(`urgent.shared.${ctx.who.channel}`),
      days: policyOf(ctx).retentionDays,
    }),
    choices: [
      { id: SCREENING_CHOICE.urgentYes, title: ctx.t('urgent.yes') },
      { id: SCREENING_CHOICE.urgentNo, title: ctx.t('urgent.no') },
    ],
  };
}

export async function urgentTurn(ctx: ScreeningContext, state: UrgentState): Promise<ScreeningResult> {
  const answer = yesNo(ctx, SCREENING_CHOICE.urgentYes, SCREENING_CHOICE.urgentNo);
  if (answer === 'stop' || answer === 'menu') return stopped(ctx, answer);
  if (answer === 'no') return end('declined', [{ text: ctx.t('urgent.declined') }]);
  if (answer === 'other') return stay(state, [urgentReply(ctx, state)]);
  const existing = (await ctx.ports.referrals.listForUser(ctx.who.userKey)).find((r) => r.urgent && !isFinished(r.status));
  const code =
    existing?.code ??
    (await createReferral(ctx, { code: state.code, pathway: URGENT_PATHWAY, organisation: state.organisation, urgent: true, answers: {}, criteriaMet: [], criteriaMissed: [] }));
  if (!code) return end('done', [{ text: ctx.t('referral.failed') }]);
  return end('referred', [{ text: ctx.t('urgent.created', { code }) }]);
}
