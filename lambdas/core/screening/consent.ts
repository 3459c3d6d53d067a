import { parseNumberedAnswer } from '../conversation/numbered-answer';
import type { Reply } from '../conversation/messages';
import { decide, type RouteDecision } from './decide';
import { nextStepsReply, notQualifiedReplies, qualifiedText } from './explain';
import { end, stay, stopped, yesNo } from './outcome';
import type { Answers } from './ports';
import { referralCodeFrom } from './referral-code';
import { createReferral } from './referral-create';
import { isFinished } from './referral-status';
import { chooseOrganisation, countryOf } from './routing';
import { effectiveAnswers } from './sequence';
import { policyOf, SCREENING_CHOICE, type ScreeningContext, type ScreeningResult, type ScreeningState } from './types';

type RouteState = Extract<ScreeningState, { mode: 'route' }>;
type ConsentState = Extract<ScreeningState, { mode: 'consent' }>;

/** All questions answered: explain the decision, then offer a referral (with consent) or next steps. */
export function finish(ctx: ScreeningContext, raw: Answers): ScreeningResult {
  const answers = effectiveAnswers(ctx.catalogue, raw);
  const decision = decide(ctx.catalogue, answers, ctx.language);
  const [only, ...more] = decision.qualified;
  if (!only) return end('not-qualified', notQualifiedReplies(ctx.t, ctx.catalogue, decision));
  if (more.length === 0) return askConsent(ctx, answers, only);
  const state: RouteState = { v: 1, mode: 'route', answers, routes: decision.qualified.map((d) => d.route.id) };
  return stay(state, [routeReply(ctx, state)]);
}

/** Several routes fit: the person picks one (or none). */
export function routeTurn(ctx: ScreeningContext, state: RouteState): ScreeningResult {
  const { input } = ctx;
  const choices = routeReply(ctx, state).choices ?? [];
  const n = input.kind === 'text' ? parseNumberedAnswer(input.text, choices.length) : null;
  const id = input.kind === 'choice' ? input.id : n !== null ? choices[n - 1]?.id : undefined;
  const picked = state.routes.find((r) => id === SCREENING_CHOICE.route(r));
  if (picked) {
    const decision = decide(ctx.catalogue, state.answers, ctx.language).qualified.find((d) => d.route.id === picked);
    if (decision) return askConsent(ctx, state.answers, decision);
  }
  const answer = id === SCREENING_CHOICE.consentNo ? 'no' : yesNo(ctx, '', SCREENING_CHOICE.consentNo);
  if (answer === 'stop' || answer === 'menu') return stopped(ctx, answer);
  if (answer === 'no') return declined(ctx);
  return stay(state, [{ ...routeReply(ctx, state), text: `${ctx.t('invalid.choice')}\n\n${routeReply(ctx, state).text}` }]);
}

function routeReply(ctx: ScreeningContext, state: RouteState): Reply {
  return {
    text: ctx.t('result.pickRoute'),
    choicesLabel: ctx.t('choose'),
    choices: [
      ...state.routes.map((id) => ({ id: SCREENING_CHOICE.route(id), title: ctx.t(`route.${id}.name`) })),
      { id: SCREENING_CHOICE.consentNo, title: ctx.t('nav.notNow') },
    ],
  };
}

function askConsent(ctx: ScreeningContext, answers: Answers, decision: RouteDecision): ScreeningResult {
  const organisation = chooseOrganisation(ctx.catalogue, decision.route, { country: countryOf(answers.country), language: ctx.language });
  const state: ConsentState = { v: 1, mode: 'consent', answers, route: decision.route.id, organisation: organisation.id, code: referralCodeFrom(ctx.newId()) };
  return stay(state, [{ text: qualifiedText(ctx.t, decision, organisation.name) }, consentReply(ctx, state)]);
}

/** Says what will be shared, with whom and for how long, and asks. Nothing is stored before "yes". */
export function consentReply(ctx: ScreeningContext, state: ConsentState): Reply {
  const organisation = ctx.catalogue.organisations.find((o) => o.id === state.organisation);
  return {
    text: ctx.t('consent.text', {
      org: organisation?.name ?? state.organisation,
      shared: ctx.t(`consent.shared.${ctx.who.channel}`),
      route: ctx.t(`route.${state.route}.name`),
      days: policyOf(ctx).retentionDays,
    }),
    choices: [
      { id: SCREENING_CHOICE.consentYes, title: ctx.t('consent.yes') },
      { id: SCREENING_CHOICE.consentNo, title: ctx.t('consent.no') },
    ],
  };
}

export async function consentTurn(ctx: ScreeningContext, state: ConsentState): Promise<ScreeningResult> {
  const answer = yesNo(ctx, SCREENING_CHOICE.consentYes, SCREENING_CHOICE.consentNo);
  if (answer === 'stop' || answer === 'menu') return stopped(ctx, answer);
  if (answer === 'no') return declined(ctx);
  if (answer === 'other') return stay(state, [{ ...consentReply(ctx, state), text: `${ctx.t('invalid.choice')}\n\n${consentReply(ctx, state).text}` }]);
  const existing = (await ctx.ports.referrals.listForUser(ctx.who.userKey)).find((r) => r.pathway === state.route && !isFinished(r.status));
  // The same code means this turn is a re-run after the referral was made: say so as if for the first time.
  if (existing && existing.code !== state.code) return end('done', [{ text: ctx.t('referral.exists', { code: existing.code }) }]);
  const decision = decide(ctx.catalogue, state.answers, ctx.language).routes.find((d) => d.route.id === state.route);
  const code = existing ? existing.code : await createReferral(ctx, {
    code: state.code,
    pathway: state.route,
    organisation: state.organisation,
    urgent: false,
    answers: state.answers,
    criteriaMet: decision?.met ?? [],
    criteriaMissed: decision?.missed ?? [],
  });
  if (!code) return end('done', [{ text: ctx.t('referral.failed') }]);
  const organisation = ctx.catalogue.organisations.find((o) => o.id === state.organisation);
  return end('referred', [{ text: ctx.t('referral.created', { code, org: organisation?.name ?? state.organisation, days: policyOf(ctx).responseWorkingDays }) }]);
}

function declined(ctx: ScreeningContext): ScreeningResult {
  return end('declined', [{ text: ctx.t('consent.declined') }, nextStepsReply(ctx.t, ctx.catalogue, ctx.catalogue.alwaysSuggest)]);
}
