import { parseNumberedAnswer } from '../conversation/numbered-answer';
import type { Reply } from '../conversation/messages';
import { end, stay, stopped, yesNo } from './outcome';
import type { UserReferral } from './ports';
import { isFinished } from './referral-status';
import { SCREENING_CHOICE, type ScreeningContext, type ScreeningResult, type ScreeningState } from './types';

/** Newest referrals shown by "status"; older ones are rarely what someone asks about. */
const MAX_LISTED = 5;

type CommandContext = Omit<ScreeningContext, 'state' | 'input'>;

/**
 * "What's the status of my referral?" and "withdraw my referral". Status
 * answers at once; withdrawing always asks for confirmation first (and which
 * one, when several are open).
 */
export async function referralCommand(kind: 'status' | 'withdraw', ctx: CommandContext): Promise<ScreeningResult> {
  const referrals = await ctx.ports.referrals.listForUser(ctx.who.userKey);
  if (kind === 'status') {
    if (referrals.length === 0) return end('done', [{ text: ctx.t('status.none') }]);
    const lines = referrals.slice(0, MAX_LISTED).map((r) => describe(ctx, r));
    return end('done', [{ text: `${ctx.t('status.intro')}\n${lines.join('\n')}` }]);
  }
  const open = referrals.filter((r) => !isFinished(r.status));
  const [only, ...more] = open;
  if (!only) return end('done', [{ text: ctx.t('withdraw.none') }]);
  if (more.length === 0) return stay({ v: 1, mode: 'withdraw-confirm', code: only.code }, [confirmReply(ctx, only.code)]);
  const state: ScreeningState = { v: 1, mode: 'withdraw-pick', codes: open.slice(0, 9).map((r) => r.code) };
  return stay(state, [pickReply(ctx, open.slice(0, 9))]);
}

function describe(ctx: CommandContext, r: UserReferral): string {
  return ctx.t('status.line', {
    code: r.code,
    route: ctx.t(`route.${r.pathway}.name`),
    date: new Date(r.createdAt).toISOString().slice(0, 10),
    status: ctx.t(`status.${r.status}`),
  });
}

function pickReply(ctx: CommandContext, open: Pick<UserReferral, 'code' | 'pathway'>[]): Reply {
  return {
    text: ctx.t('withdraw.pick'),
    choicesLabel: ctx.t('choose'),
    choices: [
      ...open.map((r) => ({ id: SCREENING_CHOICE.withdrawPick(r.code), title: r.code, ...(r.pathway ? { description: ctx.t(`route.${r.pathway}.name`) } : {}) })),
      { id: SCREENING_CHOICE.withdrawNo, title: ctx.t('withdraw.no') },
    ],
  };
}

function confirmReply(ctx: CommandContext, code: string): Reply {
  return {
    text: ctx.t('withdraw.confirm', { code }),
    choices: [
      { id: SCREENING_CHOICE.withdrawYes, title: ctx.t('withdraw.yes') },
      { id: SCREENING_CHOICE.withdrawNo, title: ctx.t('withdraw.no') },
    ],
  };
}

export function withdrawPickTurn(ctx: ScreeningContext, state: Extract<ScreeningState, { mode: 'withdraw-pick' }>): ScreeningResult {
  const { input } = ctx;
  const n = input.kind === 'text' ? parseNumberedAnswer(input.text, state.codes.length + 1) : null;
  const id = input.kind === 'choice' ? input.id : n !== null ? SCREENING_CHOICE.withdrawPick(state.codes[n - 1] ?? '') : undefined;
  const code = state.codes.find((c) => id === SCREENING_CHOICE.withdrawPick(c));
  if (code) return stay({ v: 1, mode: 'withdraw-confirm', code }, [confirmReply(ctx, code)]);
  const answer = yesNo(ctx, '', SCREENING_CHOICE.withdrawNo);
  if (answer === 'stop' || answer === 'menu') return stopped(ctx, answer);
  if (answer === 'no' || n === state.codes.length + 1) return end('done', [{ text: ctx.t('withdraw.nothing') }]);
  const again = pickReply(ctx, state.codes.map((c) => ({ code: c, pathway: '' })));
  return stay(state, [{ ...again, text: `${ctx.t('invalid.choice')}\n\n${again.text}` }]);
}

export async function withdrawConfirmTurn(ctx: ScreeningContext, state: Extract<ScreeningState, { mode: 'withdraw-confirm' }>): Promise<ScreeningResult> {
  const answer = yesNo(ctx, SCREENING_CHOICE.withdrawYes, SCREENING_CHOICE.withdrawNo);
  if (answer === 'stop' || answer === 'menu' || answer === 'no') return end('done', [{ text: ctx.t('withdraw.kept', { code: state.code }) }]);
  if (answer === 'other') return stay(state, [confirmReply(ctx, state.code)]);
  const result = await ctx.ports.referrals.withdraw(ctx.who.userKey, state.code, ctx.now);
  const key = result === 'withdrawn' ? 'withdraw.done' : result === 'finished' ? 'withdraw.finished' : 'withdraw.none';
  return end('done', [{ text: ctx.t(key, { code: state.code }) }]);
}
