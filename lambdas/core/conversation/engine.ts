import { INFORMATION_AREAS, type InformationArea } from '../content/schema';
import type { Translate, Translator } from '../i18n/translator';
import { DEFAULT_LANGUAGE, isLanguageCode, type LanguageCode } from '../languages';
import { CHOICE, languagePicker, mainMenu } from './menus';
import type { Reply, UserInput } from './messages';
import { parseNumberedAnswer } from './numbered-answer';
import type { ConversationState } from './state';

/** What the core needs from the outside world for one turn; all of it is pure data or pure functions. */
export interface TurnDeps {
  translator: Translator;
  /** Languages whose bot strings are machine-written and not yet reviewed by a person. */
  machineTranslated: ReadonlySet<LanguageCode>;
}

export interface TurnResult {
  state: ConversationState;
  replies: Reply[];
}

/**
 * One conversational turn: the user's input and the remembered state in,
 * the new state and the bot's replies out. No I/O happens here, so every
 * path is a plain unit test.
 */
export function respond(previous: ConversationState, input: UserInput, deps: TurnDeps): TurnResult {
  const state: ConversationState = { ...previous, offered: [], noticeShownFor: [...previous.noticeShownFor] };
  const replies = route(state, resolveNumber(previous, input), deps);
  const last = replies.at(-1);
  state.offered = last?.choices?.map((c) => c.id) ?? [];
  return { state, replies };
}

/** A bare number answers the choices offered last time. */
function resolveNumber(state: ConversationState, input: UserInput): UserInput {
  if (input.kind !== 'text' || state.offered.length === 0) return input;
  const n = parseNumberedAnswer(input.text, state.offered.length);
  const id = n === null ? undefined : state.offered[n - 1];
  return id ? { kind: 'choice', id } : input;
}

function route(state: ConversationState, input: UserInput, deps: TurnDeps): Reply[] {
  if (input.kind === 'start' && isLanguageCode(input.language)) {
    state.language = input.language;
  }
  if (input.kind === 'choice' && input.id.startsWith('lang:')) {
    const code = input.id.slice('lang:'.length);
    if (isLanguageCode(code)) return chooseLanguage(state, code, deps);
  }
  const t = deps.translator.forLanguage(state.language ?? DEFAULT_LANGUAGE);
  if (!state.language) {
    // Until a language is chosen, say only the welcome (and why an attachment went unread), then ask.
    const unread = input.kind === 'unsupported' ? [{ text: t('unsupported') }] : [];
    return [...unread, { text: t('welcome') }, languagePicker(t)];
  }
  switch (input.kind) {
    case 'start':
      return withNotice(state, deps, t, [{ text: t('welcome') }, mainMenu(t)]);
    case 'unsupported':
      return withNotice(state, deps, t, [{ text: t('unsupported') }, mainMenu(t)]);
    case 'choice':
      return withNotice(state, deps, t, answerChoice(input.id, t));
    case 'text':
      return withNotice(state, deps, t, [{ text: t('notUnderstood') }, mainMenu(t)]);
  }
}

function chooseLanguage(state: ConversationState, code: LanguageCode, deps: TurnDeps): Reply[] {
  state.language = code;
  const t = deps.translator.forLanguage(code);
  return withNotice(state, deps, t, [{ text: t('languageSet') }, mainMenu(t)]);
}

function answerChoice(id: string, t: Translate): Reply[] {
  if (id === CHOICE.language) return [languagePicker(t)];
  if (id === CHOICE.adviser) return [{ text: t('adviserPlaceholder') }, mainMenu(t)];
  if (id.startsWith('area:')) {
    const area = id.slice('area:'.length);
    if ((INFORMATION_AREAS as readonly string[]).includes(area)) {
      return [{ text: t('placeholder', { area: t(`menu.${area as InformationArea}`) }) }, mainMenu(t)];
    }
  }
  return [mainMenu(t)];
}

/** Tells the person once per conversation and language that the text is machine-written. */
function withNotice(state: ConversationState, deps: TurnDeps, t: Translate, replies: Reply[]): Reply[] {
  const language = state.language;
  if (!language || !deps.machineTranslated.has(language) || state.noticeShownFor.includes(language)) {
    return replies;
  }
  state.noticeShownFor.push(language);
  return [...replies.slice(0, -1), { text: t('machineNotice') }, ...replies.slice(-1)];
}
