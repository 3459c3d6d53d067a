/**
 * "Check a job offer": a pasted or forwarded offer (or five yes/no answers)
 * in, the warning signs of unfair recruitment and fake offers out, with the
 * right each one touches and where to check or complain. Pure: no I/O.
 */
export { checkOffer, renderOfferCheck, MAX_REPLY_CHARS, type OfferCheckResult, type OfferTranslate } from './check-offer';
export {
  flagsFromAnswers,
  nextOfferQuestion,
  offerIntro,
  offerQuestionReply,
  offerQuestions,
  parseOfferAnswer,
  OFFER_ANSWERS,
  OFFER_CHOICE,
  OFFER_QUESTION_IDS,
  type OfferAnswer,
  type OfferAnswers,
  type OfferQuestion,
  type OfferQuestionId,
} from './guided';
export { isRedFlagId, RED_FLAG_IDS, RED_FLAG_TOPIC, RED_FLAGS, type RedFlag, type RedFlagId } from './red-flags';
