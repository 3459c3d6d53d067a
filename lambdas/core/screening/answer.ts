import type { Choice, UserInput } from '../conversation/messages';
import { digitValue, parseNumberedAnswer } from '../conversation/numbered-answer';
import type { Question } from './catalogue';
import { commandOf, normalizeWords, type Command } from './nav';
import type { Answers } from './ports';
import { answerIds } from './sequence';
import { SCREENING_CHOICE, type ScreeningT } from './types';

/** What one input means for the question being asked. */
export type Interpretation =
  | { kind: 'answer'; value: string | number }
  | { kind: 'command'; command: Extract<Command, 'back' | 'skip' | 'stop' | 'menu'> }
  /** Not acceptable; `message` (translated) says why, and the question is asked again. */
  | { kind: 'invalid'; message: string }
  /** A button from an earlier question, or a command that has no meaning here. */
  | { kind: 'stale' };

/**
 * Reads the person's input as an answer to `question`. `offered` is every
 * choice shown with the question (answers and navigation) so "2", in any
 * script, picks the second. Numbers are never read as option numbers on a
 * number question: "2" years of experience is an answer, not "skip".
 */
export function interpret(question: Question, input: UserInput, answers: Answers, offered: Choice[], t: ScreeningT): Interpretation {
  const command = commandOf(input, t, ['stop', 'menu', 'back', 'skip']);
  if (command === 'stop' || command === 'menu' || command === 'back' || command === 'skip') return { kind: 'command', command };
  if (input.kind === 'unsupported') return { kind: 'invalid', message: t('invalid.unsupported') };
  if (input.kind === 'start') return { kind: 'stale' };
  if (input.kind === 'choice') {
    const prefix = SCREENING_CHOICE.answer(question.id, '');
    if (!input.id.startsWith(prefix)) return { kind: 'stale' };
    const value = input.id.slice(prefix.length);
    return answerIds(question, answers).includes(value) ? { kind: 'answer', value } : { kind: 'stale' };
  }
  const text = input.text;
  switch (question.type) {
    case 'choice': {
      const n = parseNumberedAnswer(text, offered.length);
      const picked = n === null ? offered.find((c) => normalizeWords(c.title) === normalizeWords(text)) : offered[n - 1];
      if (!picked) return { kind: 'invalid', message: t('invalid.choice') };
      return interpret(question, { kind: 'choice', id: picked.id }, answers, offered, t);
    }
    case 'number': {
      const value = parseWholeNumber(text);
      const example = Math.round(question.min + (question.max - question.min) / 4);
      if (value === null) return { kind: 'invalid', message: t('invalid.number', { example }) };
      if (value < question.min || value > question.max) return { kind: 'invalid', message: t('invalid.range', { min: question.min, max: question.max }) };
      return { kind: 'answer', value };
    }
    case 'text': {
      const value = text.normalize('NFC').replace(/\s+/g, ' ').trim();
      if (!value || value.length > question.maxLength) return { kind: 'invalid', message: t('invalid.text', { max: question.maxLength }) };
      return { kind: 'answer', value };
    }
  }
}

/**
 * A whole number typed in any script's digits ("25", "٢٥", "۲۵", "I am 25").
 * Exactly one run of digits counts; "2.5", "-3" or "20 or 30" do not.
 */
export function parseWholeNumber(text: string): number | null {
  const cleaned = text.normalize('NFKC');
  const runs = cleaned.match(/\p{Nd}+/gu);
  if (!runs || runs.length !== 1 || (runs[0]?.length ?? 0) > 4) return null;
  if (/[-−]\s*\p{Nd}/u.test(cleaned)) return null;
  return Number([...(runs[0] ?? '')].map(digitValue).join(''));
}

