import { beforeAll, describe, expect, it } from 'vitest';
import {
  flagsFromAnswers,
  nextOfferQuestion,
  OFFER_CHOICE,
  offerIntro,
  offerQuestionReply,
  offerQuestions,
  parseOfferAnswer,
  RED_FLAG_IDS,
  type OfferTranslate,
} from '../../../lambdas/core/offer-check';
import { LANGUAGE_CODES, type LanguageCode } from '../../../lambdas/core/languages';
import { offerStrings } from './strings';

let strings: (language: LanguageCode) => OfferTranslate;
beforeAll(async () => {
  strings = await offerStrings();
});

describe('guided questions', () => {
  it('asks at most five questions, each about a different sign', () => {
    expect(offerQuestions.length).toBeLessThanOrEqual(5);
    expect(new Set(offerQuestions.map((q) => q.flag)).size).toBe(offerQuestions.length);
    for (const q of offerQuestions) expect(RED_FLAG_IDS).toContain(q.flag);
  });

  it('turns warning answers into the same result shape as a pasted offer', () => {
    expect(flagsFromAnswers({ pay: 'yes', passport: 'no', contract: 'yes', employer: 'yes', pressure: 'no' })).toEqual({ flags: ['fee'], evidence: {} });
    expect(flagsFromAnswers({ pressure: 'yes', contract: 'no', passport: 'yes' })).toEqual({ flags: ['passport', 'no-contract', 'pressure'], evidence: {} });
    expect(flagsFromAnswers({ pay: 'no', passport: 'no', contract: 'yes', employer: 'yes', pressure: 'no' }).flags).toEqual([]);
  });

  it('counts "not sure" as a sign only where not knowing is the sign', () => {
    const unsure = Object.fromEntries(offerQuestions.map((q) => [q.id, 'unsure' as const]));
    expect(flagsFromAnswers(unsure).flags).toEqual(['no-contract', 'vague-employer']);
  });

  it('walks the questions in order', () => {
    expect(nextOfferQuestion({})?.id).toBe('pay');
    expect(nextOfferQuestion({ pay: 'no', passport: 'no' })?.id).toBe('contract');
    expect(nextOfferQuestion(Object.fromEntries(offerQuestions.map((q) => [q.id, 'no' as const])))).toBeUndefined();
  });

  it('reads back its own choice ids and nothing else', () => {
    for (const q of offerQuestions) {
      for (const answer of ['yes', 'no', 'unsure'] as const) {
        expect(parseOfferAnswer(OFFER_CHOICE.answer(q.id, answer))).toEqual({ question: q.id, answer });
      }
    }
    for (const junk of ['offer:a:pay', 'offer:a:salary:yes', 'offer:a:pay:maybe', 'scr:a:pay:yes', 'menu', '']) {
      expect(parseOfferAnswer(junk)).toBeUndefined();
    }
  });

  it.each(LANGUAGE_CODES)('shows every question and answer in %s, with buttons that fit', (language) => {
    const t = strings(language);
    const replies = [offerIntro(t), ...offerQuestions.map((q) => offerQuestionReply(q, t))];
    for (const reply of replies) {
      expect(reply.text.length).toBeGreaterThan(0);
      expect(reply.text).not.toMatch(/guided\.|questions\.|\{\{/u);
      for (const choice of reply.choices ?? []) {
        expect(choice.title.length, choice.title).toBeLessThanOrEqual(20);
        expect(choice.title).not.toMatch(/^(guided|choices)\./u);
      }
    }
    expect(offerQuestionReply(offerQuestions[0]!, t).choices?.map((c) => c.id)).toEqual(['offer:a:pay:yes', 'offer:a:pay:no', 'offer:a:pay:unsure']);
    expect(offerQuestionReply(offerQuestions[4]!, t).text).toContain('5');
  });
});
