import type { Choice } from '../conversation/messages';
import type { PathwaysCatalogue, Question } from './catalogue';
import { ISCO_MAJOR_GROUPS, subMajorGroupsOf } from './isco';
import type { Answers } from './ports';
import { SCREENING_CHOICE, type ScreeningT } from './types';

/** Whether a question applies, given the answers so far (its `askIf`). */
export function applies(question: Question, answers: Answers): boolean {
  const condition = question.askIf;
  if (!condition) return true;
  const value = answers[condition.question];
  const given = value !== undefined && value !== null;
  if (condition.answered && !given) return false;
  if (condition.in && !(given && condition.in.includes(String(value)))) return false;
  if (condition.notIn && !(given && !condition.notIn.includes(String(value)))) return false;
  return true;
}

export function questionById(catalogue: PathwaysCatalogue, id: string): Question | undefined {
  return catalogue.questions.find((q) => q.id === id);
}

/** The next question that applies after `afterId` (or the first one); undefined when all are done. */
export function nextQuestion(catalogue: PathwaysCatalogue, answers: Answers, afterId?: string): Question | undefined {
  const start = afterId === undefined ? 0 : catalogue.questions.findIndex((q) => q.id === afterId) + 1;
  return catalogue.questions.slice(start).find((q) => applies(q, answers));
}

/**
 * Only the answers to questions that still apply: going back and changing
 * "other country" to a listed one drops the typed country name, so nothing
 * the person took back is ever shared.
 */
export function effectiveAnswers(catalogue: PathwaysCatalogue, answers: Answers): Answers {
  const kept: Answers = {};
  for (const question of catalogue.questions) {
    const value = answers[question.id];
    if (value !== undefined && applies(question, kept)) kept[question.id] = value;
  }
  return kept;
}

/** The ids a choice question accepts, given earlier answers (ISCO sub-major groups depend on the major group). */
export function answerIds(question: Question, answers: Answers): readonly string[] {
  if (question.type !== 'choice') return [];
  if (question.choices) return question.choices;
  if (question.isco === 'major') return ISCO_MAJOR_GROUPS;
  return question.isco ? subMajorGroupsOf(answers[question.isco.subMajorOf]) : [];
}

/** The answer buttons or list rows of a choice question, titled in the person's language. */
export function answerChoices(question: Question, answers: Answers, t: ScreeningT): Choice[] {
  if (question.type !== 'choice') return [];
  return answerIds(question, answers).map((id) => {
    const choice: Choice = { id: SCREENING_CHOICE.answer(question.id, id), title: '' };
    if (question.isco === 'major') {
      choice.title = t(`isco.major.${id}.title`);
      choice.description = t(`isco.major.${id}.desc`);
    } else if (question.isco) {
      choice.title = t(`isco.sub.${id}`);
    } else {
      choice.title = t(`q.${question.id}.choices.${id}`);
    }
    return choice;
  });
}
