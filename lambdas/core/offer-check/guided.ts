import * as z from 'zod';
import { CHOICE } from '../conversation/menus';
import type { Reply } from '../conversation/messages';
import type { OfferCheckResult, OfferTranslate } from './check-offer';
import { RED_FLAG_IDS, type RedFlagId } from './red-flags';

/**
 * The check for people who cannot paste the offer (a voice message, a paper
 * letter, a phone call): five yes/no questions, one per sign a person can
 * judge without the text. The answers give the same result as `checkOffer`,
 * so the same rendering, rights and topics follow.
 */
export const OFFER_QUESTION_IDS = ['pay', 'passport', 'contract', 'employer', 'pressure'] as const;
export type OfferQuestionId = (typeof OFFER_QUESTION_IDS)[number];

export const OFFER_ANSWERS = ['yes', 'no', 'unsure'] as const;
export type OfferAnswer = (typeof OFFER_ANSWERS)[number];

export type OfferAnswers = Partial<Record<OfferQuestionId, OfferAnswer>>;

export interface OfferQuestion {
  id: OfferQuestionId;
  /** The sign this question looks for. */
  flag: RedFlagId;
  /** The answer that is a warning sign. */
  warning: 'yes' | 'no';
  /**
   * Whether "not sure" is a warning too. Not knowing whether you have a
   * written contract, or who the employer is, is itself the sign; not
   * knowing whether you will be asked to pay is not.
   */
  unsureWarns: boolean;
  /** The question's string in the `offer` namespace. */
  key: string;
}

export const offerQuestions: readonly OfferQuestion[] = [
  { id: 'pay', flag: 'fee', warning: 'yes', unsureWarns: false, key: 'guided.questions.pay' },
  { id: 'passport', flag: 'passport', warning: 'yes', unsureWarns: false, key: 'guided.questions.passport' },
  { id: 'contract', flag: 'no-contract', warning: 'no', unsureWarns: true, key: 'guided.questions.contract' },
  { id: 'employer', flag: 'vague-employer', warning: 'no', unsureWarns: true, key: 'guided.questions.employer' },
  { id: 'pressure', flag: 'pressure', warning: 'yes', unsureWarns: false, key: 'guided.questions.pressure' },
];

/** Choice ids of the offer check. `offer:` keeps them apart from the engine's; `menu` and `topic:` are the engine's own. */
export const OFFER_CHOICE = {
  /** Start the questions instead of pasting text. */
  guided: 'offer:guided',
  answer: (question: OfferQuestionId, answer: OfferAnswer) => `offer:a:${question}:${answer}`,
  menu: CHOICE.menu,
} as const;

const answerChoiceId = z
  .string()
  .regex(/^offer:a:[a-z]+:[a-z]+$/u)
  .transform((id) => id.split(':'))
  .pipe(z.tuple([z.literal('offer'), z.literal('a'), z.enum(OFFER_QUESTION_IDS), z.enum(OFFER_ANSWERS)]));

/** Reads an answer choice id (it comes back from the channel, so it is checked). */
export function parseOfferAnswer(id: string): { question: OfferQuestionId; answer: OfferAnswer } | undefined {
  const parsed = answerChoiceId.safeParse(id);
  return parsed.success ? { question: parsed.data[2], answer: parsed.data[3] } : undefined;
}

/** The first question not yet answered, or undefined when all are. */
export function nextOfferQuestion(answers: OfferAnswers): OfferQuestion | undefined {
  return offerQuestions.find((q) => answers[q.id] === undefined);
}

/** How to start: paste the offer, or answer the questions. */
export function offerIntro(t: OfferTranslate): Reply {
  return {
    text: t('intro'),
    choices: [
      { id: OFFER_CHOICE.guided, title: t('guided.start') },
      { id: OFFER_CHOICE.menu, title: t('choices.menu') },
    ],
  };
}

/** One question, numbered, with Yes / No / Not sure. */
export function offerQuestionReply(question: OfferQuestion, t: OfferTranslate): Reply {
  const n = offerQuestions.indexOf(question) + 1;
  return {
    text: `${t('guided.progress', { n, total: offerQuestions.length })}\n${t(question.key)}`,
    choices: OFFER_ANSWERS.map((answer) => ({ id: OFFER_CHOICE.answer(question.id, answer), title: t(`guided.answers.${answer}`) })),
  };
}

/** The signs the answers point to, in the same shape and order as `checkOffer`; there are no quoted words. */
export function flagsFromAnswers(answers: OfferAnswers): OfferCheckResult {
  const raised = new Set(
    offerQuestions.filter((q) => answers[q.id] === q.warning || (q.unsureWarns && answers[q.id] === 'unsure')).map((q) => q.flag),
  );
  return { flags: RED_FLAG_IDS.filter((id) => raised.has(id)), evidence: {} };
}
