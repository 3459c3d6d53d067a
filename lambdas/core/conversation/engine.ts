import { INFORMATION_AREAS } from '../content/schema';
import { DEFAULT_LANGUAGE, isLanguageCode, type LanguageCode } from '../languages';
import { showData, askErase } from './commands';
import type { TurnDeps, TurnScope, Who } from './deps';
import { answerText, guidedOfferStep, offerCheckReply } from './free-text';
import { continueScreening, startScreening } from './screening-bridge';
import { CHOICE, languagePicker, mainMenu } from './menus';
import type { Reply, UserInput } from './messages';
import { liveChatTurn } from './live-chat';
import { parseNumberedAnswer } from './numbered-answer';
import { checkRate, LIVE_CHAT_RATE_LIMIT_PER_MINUTE, RATE_LIMIT_PER_MINUTE } from './rate-limit';
import { newState, type ConversationState } from './state';
import { areaMenu, topicReply } from './topic-replies';

export type { TurnDeps } from './deps';

export interface TurnResult {
  state: ConversationState;
  replies: Reply[];
  /** The person's data was erased in this turn: save nothing, and deliver the replies without storing them. */
  erased?: boolean;
}

/**
 * One conversational turn: the user's input and the remembered state in,
 * the new state and the bot's replies out. The core reaches the world only
 * through the ports in `deps`, so every path is a plain unit test.
 */
export async function respond(previous: ConversationState, input: UserInput, deps: TurnDeps, who: Who): Promise<TurnResult> {
  const state: ConversationState = structuredClone(previous);
  if (input.kind === 'text' || input.kind === 'choice') {
    const rate = checkRate(state, deps.now(), previous.liveChat ? LIVE_CHAT_RATE_LIMIT_PER_MINUTE : RATE_LIMIT_PER_MINUTE);
    if (rate !== 'ok') {
      const t = deps.translator.forLanguage(state.language ?? DEFAULT_LANGUAGE, 'privacy');
      return { state, replies: rate === 'warn' ? [{ text: t('slowDown') }] : [] };
    }
  }
  // The screening flow reads its own option numbers ("2" may be years of experience, not the second option).
  const resolved = previous.screening === undefined ? resolveNumber(previous, input) : input;
  const outcome = await route(state, resolved, deps, who, input);
  if (outcome === 'erased') {
    const t = deps.translator.forLanguage(state.language ?? DEFAULT_LANGUAGE, 'privacy');
    return { state: newState(), replies: [{ text: t('erased') }], erased: true };
  }
  state.offered = outcome.at(-1)?.choices?.map((c) => c.id) ?? [];
  return { state, replies: outcome };
}

/** A bare number answers the choices offered last time. */
function resolveNumber(state: ConversationState, input: UserInput): UserInput {
  if (input.kind !== 'text' || state.offered.length === 0) return input;
  const n = parseNumberedAnswer(input.text, state.offered.length);
  const id = n === null ? undefined : state.offered[n - 1];
  return id ? { kind: 'choice', id } : input;
}

function scopeFor(language: LanguageCode, deps: TurnDeps, who: Who): TurnScope {
  return { deps, who, language, t: deps.translator.forLanguage(language), ns: (ns) => deps.translator.forLanguage(language, ns) };
}

async function route(state: ConversationState, input: UserInput, deps: TurnDeps, who: Who, raw: UserInput): Promise<Reply[] | 'erased'> {
  if (input.kind === 'start') {
    if (isLanguageCode(input.language)) state.language = input.language;
    if (input.topic && deps.topics.get(input.topic, DEFAULT_LANGUAGE)) state.pendingTopic = input.topic;
  }
  if (input.kind === 'choice' && input.id.startsWith('lang:') && isLanguageCode(input.id.slice(5))) {
    state.language = input.id.slice(5) as LanguageCode;
    const scope = scopeFor(state.language, deps, who);
    return withNotices(state, scope, state.pendingTopic ? takePendingTopic(state, scope) : [{ text: scope.t('languageSet') }, mainMenu(scope.t)]);
  }
  if (!state.language && input.kind === 'text') {
    const guess = deps.detectLanguage(input.text);
    if (guess.confidence >= 0.7 && isLanguageCode(guess.language)) state.language = guess.language;
  }
  if (!state.language) {
    const t = deps.translator.forLanguage(DEFAULT_LANGUAGE);
    const unread = input.kind === 'unsupported' ? [{ text: t('unsupported') }] : [];
    return [...unread, { text: t('welcome') }, languagePicker(t)];
  }
  const scope = scopeFor(state.language, deps, who);
  const awaited = await answerAwaited(state, input, scope);
  if (awaited) return awaited;
  // While an adviser is on the line, what the person writes is for them (only people with a referral can be).
  if (state.referred) {
    const live = await liveChatTurn(state, raw, scope);
    if (live) return live;
  }
  // A running screening or referral flow takes the turn (it handles "stop" and "menu" itself).
  if (input.kind !== 'start') {
    const screening = await continueScreening(state, input, scope, input.kind === 'choice' && input.id.startsWith('scr:'));
    if (screening) return withNotices(state, scope, screening);
  }
  if (state.pendingTopic) return withNotices(state, scope, takePendingTopic(state, scope));
  switch (input.kind) {
    case 'start':
      return withNotices(state, scope, [{ text: scope.t('welcome') }, mainMenu(scope.t)]);
    case 'unsupported':
      return withNotices(state, scope, [{ text: scope.t('unsupported') }, mainMenu(scope.t)]);
    case 'choice':
      return withNotices(state, scope, await answerChoice(input.id, state, scope));
    case 'text':
      return withNotices(state, scope, await answerText(input.text, state, scope));
  }
}

/** Answers to a question the bot asked; anything else cancels the question and is handled normally. */
async function answerAwaited(state: ConversationState, input: UserInput, scope: TurnScope): Promise<Reply[] | 'erased' | undefined> {
  const awaiting = state.awaiting;
  state.awaiting = undefined;
  if (!awaiting) return undefined;
  const p = scope.ns('privacy');
  const said = (id: string, word: string) =>
    (input.kind === 'choice' && input.id === id) || (input.kind === 'text' && input.text.trim().toLowerCase() === p(word).toLowerCase());
  if (awaiting.kind === 'erase-confirm') {
    if (said(CHOICE.eraseYes, 'yes')) {
      await scope.deps.personalData.erase(scope.who.userKey);
      return 'erased';
    }
    if (said(CHOICE.eraseNo, 'no')) return [{ text: p('eraseCancelled') }, mainMenu(scope.t)];
  }
  if (awaiting.kind === 'offer-text' && input.kind === 'text') return offerCheckReply(input.text, scope) ?? [{ text: scope.ns('nav')('offerNothing') }, mainMenu(scope.t)];
  return undefined;
}

async function answerChoice(id: string, state: ConversationState, scope: TurnScope): Promise<Reply[]> {
  if (id === CHOICE.language) return [languagePicker(scope.t)];
  if (id === CHOICE.adviser) return startScreening(state, scope);
  if (id === CHOICE.keepLanguage) return [mainMenu(scope.t)];
  if (id.startsWith('offer:')) return guidedOfferStep(id, state, scope) ?? [mainMenu(scope.t)];
  if (id === 'privacy:show') return showData(scope);
  if (id === 'privacy:delete') return askErase(state, scope);
  if (id.startsWith('area:') && (INFORMATION_AREAS as readonly string[]).includes(id.slice(5))) return areaMenu(id.slice(5), scope);
  if (id.startsWith('topic:')) {
    const topic = scope.deps.topics.get(id.slice(6), scope.language);
    if (topic) {
      state.seenTopics = [...state.seenTopics.filter((t) => t !== topic.id), topic.id].slice(-20);
      return topicReply(topic, scope);
    }
  }
  return [mainMenu(scope.t)];
}

function takePendingTopic(state: ConversationState, scope: TurnScope): Reply[] {
  const topic = state.pendingTopic ? scope.deps.topics.get(state.pendingTopic, scope.language) : undefined;
  state.pendingTopic = undefined;
  if (!topic) return [mainMenu(scope.t)];
  state.seenTopics = [...state.seenTopics, topic.id].slice(-20);
  return topicReply(topic, scope);
}

/**
 * Once per conversation: the privacy notice (first contact) and, per
 * language, the note that the text is machine-written. Both go before the
 * last reply, so that reply's choices stay the ones a number answers.
 */
function withNotices(state: ConversationState, scope: TurnScope, replies: Reply[]): Reply[] {
  const notices: Reply[] = [];
  if (!state.privacyNoticeShown) {
    state.privacyNoticeShown = true;
    const url = `${scope.deps.identity.baseUrl}/privacy?lang=${scope.language}`;
    notices.push({ text: scope.ns('privacy')('notice', { days: String(scope.deps.stateRetentionDays), url }) });
  }
  if (scope.deps.machineTranslated.has(scope.language) && !state.noticeShownFor.includes(scope.language)) {
    state.noticeShownFor.push(scope.language);
    notices.push({ text: scope.t('machineNotice') });
  }
  if (notices.length === 0) return replies;
  return [...replies.slice(0, -1), ...notices, ...replies.slice(-1)];
}
