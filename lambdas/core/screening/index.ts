/**
 * Screening and referral to human advisers: questions and routes as data
 * (content/pathways), a pure flow, and the port through which referrals are
 * stored. See flow.ts for how the engine drives it.
 */
export { screeningTurn } from './flow';
export { beginUrgent, URGENT_PATHWAY } from './urgent';
export type { AdviserMessage, AdviserMessageTarget, DeliverAdviserMessage, DeliveryOutcome } from './adviser-delivery';
export { referralCommand } from './referral-commands';
export { decide, meets, COVERAGE_CRITERION, type Decision, type RouteDecision } from './decide';
export { chooseOrganisation, countryOf, routeCovers } from './routing';
export { iscoCode, ISCO_MAJOR_GROUPS, ISCO_SUB_MAJOR_GROUPS, subMajorGroupsOf } from './isco';
export { isReferralCode, parseReferralCode, referralCodeFrom, CODE_ALPHABET } from './referral-code';
export { ADVISER_TRANSITIONS, canMove, CLOSE_OUTCOMES, isFinished, REFERRAL_STATUSES, type CloseOutcome, type ReferralStatus } from './referral-status';
export type { Answer, Answers, ConsentRecord, NewReferral, ReferralPort, UserReferral } from './ports';
export type { Organisation, PathwaysCatalogue, Question, Route, Rule } from './catalogue';
export {
  DEFAULT_POLICY,
  parseScreeningState,
  SCREENING_CHOICE,
  screeningTranslator,
  type ScreeningContext,
  type ScreeningInput,
  type ScreeningOutcome,
  type ScreeningPolicy,
  type ScreeningResult,
  type ScreeningState,
  type ScreeningT,
  type ScreeningWho,
} from './types';
