import type { Choice, Reply, UserInput } from '../conversation/messages';
import { interpret } from './answer';
import type { Question } from './catalogue';
import { navChoices } from './nav';
import { stay, stopped } from './outcome';
import type { Answers } from './ports';
import { finish } from './consent';
import { answerChoices, nextQuestion, questionById } from './sequence';
import type { ScreeningContext, ScreeningResult, ScreeningState } from './types';

/** WhatsApp shows at most ten list rows; navigation goes into the list only if everything fits. */
const MAX_CHOICES = 10;

type AskState = Extract<ScreeningState, { mode: 'ask' }>;

/** Starts the questions: a short promise about privacy and the commands, then the first question. */
export function beginScreening(ctx: ScreeningContext): ScreeningResult {
  const first = nextQuestion(ctx.catalogue, {});
  if (!first) throw new Error('the screening catalogue has no questions');
  const state: AskState = { v: 1, mode: 'ask', step: first.id, answers: {}, history: [] };
  return stay(state, [{ text: ctx.t('intro') }, questionReply(ctx, first, state)]);
}

/** One answer (or back, skip, stop) to the current question. */
export async function askTurn(ctx: ScreeningContext, state: AskState, input: UserInput): Promise<ScreeningResult> {
  const question = questionById(ctx.catalogue, state.step);
  if (!question) return stopped(ctx, 'stop');
  const offered = offeredChoices(ctx, question, state);
  const meaning = interpret(question, input, state.answers, offered.all, ctx.t);
  switch (meaning.kind) {
    case 'invalid':
      return stay(state, [questionReply(ctx, question, state, meaning.message)]);
    case 'stale':
      return stay(state, [questionReply(ctx, question, state, ctx.t('invalid.stale'))]);
    case 'answer':
      return advance(ctx, state, question, meaning.value);
    case 'command':
      switch (meaning.command) {
        case 'stop':
        case 'menu':
          return stopped(ctx, meaning.command);
        case 'skip':
          if (!question.skippable) return stay(state, [questionReply(ctx, question, state, ctx.t('invalid.required'))]);
          return advance(ctx, state, question, null);
        case 'back':
          return goBack(ctx, state, question);
      }
  }
}

async function advance(ctx: ScreeningContext, state: AskState, question: Question, value: Answers[string]): Promise<ScreeningResult> {
  const answers = { ...state.answers, [question.id]: value };
  const next = nextQuestion(ctx.catalogue, answers, question.id);
  if (!next) return finish(ctx, answers);
  const nextState: AskState = { ...state, step: next.id, answers, history: [...state.history, question.id] };
  return stay(nextState, [questionReply(ctx, next, nextState)]);
}

function goBack(ctx: ScreeningContext, state: AskState, current: Question): ScreeningResult {
  const previous = questionById(ctx.catalogue, state.history.at(-1) ?? '');
  if (!previous) return stay(state, [questionReply(ctx, current, state)]);
  const backState: AskState = { ...state, step: previous.id, history: state.history.slice(0, -1) };
  return stay(backState, [questionReply(ctx, previous, backState)]);
}

function offeredChoices(ctx: ScreeningContext, question: Question, state: AskState): { all: Choice[]; navShown: boolean } {
  const answers = answerChoices(question, state.answers, ctx.t);
  const nav = navChoices(ctx.t, { back: state.history.length > 0, skip: question.skippable });
  const navShown = answers.length + nav.length <= MAX_CHOICES;
  return { all: navShown ? [...answers, ...nav] : answers, navShown };
}

/** The question, with an explanation first when the last answer could not be used. */
export function questionReply(ctx: ScreeningContext, question: Question, state: AskState, problem?: string): Reply {
  const { all, navShown } = offeredChoices(ctx, question, state);
  const prompt = ctx.t(`q.${question.id}.prompt`) + (navShown ? '' : `\n${ctx.t('hint.typed')}`);
  return { text: problem ? `${problem}\n\n${prompt}` : prompt, choices: all, choicesLabel: ctx.t('choose') };
}
