import { isLanguageCode, languageOf, LANGUAGE_CODES } from '../languages';
import { LANGUAGE_SWITCH_CONFIDENCE } from '../matching';
import { askErase, linkVerdict, safetyReply, showData, verifyReply } from './commands';
import {
  checkOffer,
  flagsFromAnswers,
  nextOfferQuestion,
  OFFER_CHOICE,
  offerIntro,
  offerQuestionReply,
  parseOfferAnswer,
  renderOfferCheck,
  type OfferAnswers,
} from '../offer-check';
import type { TurnScope } from './deps';
import { referralRequest, startScreening } from './screening-bridge';
import type { Reply } from './messages';
import { CHOICE, languagePicker, mainMenu } from './menus';
import type { ConversationState } from './state';
import { topicReply, whichOne } from './topic-replies';

/** Above this, a match is answered even when neighbours come close: asking would only slow people down. */
const CLEAR_MATCH = 0.9;

/**
 * Free text: the matcher decides between a topic, a command, or "I don't
 * know". Safety always comes first; close calls are asked, never guessed.
 */
export async function answerText(text: string, state: ConversationState, scope: TurnScope): Promise<Reply[]> {
  const result = scope.deps.matcher().match(text, { language: scope.language });
  const before = switchOffer(text, scope);
  const area = result.area;
  if (area === 'safety') return [...safetyReply(state, scope), ...before];
  let replies: Reply[];
  if (result.topic === null) {
    const link = scope.deps.checkLink?.(text);
    replies = link
      ? [{ text: linkVerdict(link, scope) }, mainMenu(scope.t)]
      : (forwardedOffer(text, scope) ?? [{ text: scope.ns('nav')('notUnderstood') }, mainMenu(scope.t)]);
  } else if (result.confidence < CLEAR_MATCH && result.alternatives.length > 1 && !result.alternatives.some((a) => a.area === 'safety')) {
    const informational = result.alternatives.filter((a) => scope.deps.topics.get(a.topic, scope.language));
    replies = informational.length > 1 ? whichOne(informational.map((a) => a.topic), scope) : await command(result.topic, text, state, scope);
  } else {
    replies = await command(result.topic, text, state, scope);
  }
  return [...before, ...replies];
}

async function command(topicId: string, text: string, state: ConversationState, scope: TurnScope): Promise<Reply[]> {
  const topic = scope.deps.topics.get(topicId, scope.language);
  if (topic) {
    state.seenTopics = [...state.seenTopics.filter((id) => id !== topicId), topicId].slice(-20);
    return topicReply(topic, scope);
  }
  switch (topicId.split('.')[0]) {
    case 'privacy':
      if (topicId === 'privacy.show') return showData(scope);
      if (topicId === 'privacy.delete') return askErase(state, scope);
      return [{ text: scope.ns('privacy')('stopped') }];
    case 'language':
      return [languagePicker(scope.t)];
    case 'trust':
      return verifyReply(text, scope);
    case 'offer':
      // Paste the offer (the next message is checked), or answer five questions instead.
      state.awaiting = { kind: 'offer-text' };
      return [offerIntro(scope.ns('offer'))];
    case 'adviser':
      if (topicId === 'adviser.status') return referralRequest('status', state, scope);
      if (topicId === 'adviser.withdraw') return referralRequest('withdraw', state, scope);
      return startScreening(state, scope);
    default:
      return [mainMenu(scope.t)];
  }
}

/** When someone clearly writes in another of our languages, offer to switch (and keep answering meanwhile). */
function switchOffer(text: string, scope: TurnScope): Reply[] {
  const guess = scope.deps.detectLanguage(text);
  if (guess.confidence < LANGUAGE_SWITCH_CONFIDENCE || guess.language === scope.language || !isLanguageCode(guess.language)) return [];
  if (!LANGUAGE_CODES.includes(guess.language)) return [];
  const target = languageOf(guess.language);
  const nav = scope.deps.translator.forLanguage(guess.language, 'nav');
  return [
    {
      text: nav('switchLanguage', { language: target.nativeName }),
      choices: [
        { id: CHOICE.setLanguage(target.code), title: target.nativeName },
        { id: CHOICE.keepLanguage, title: scope.ns('nav')('keepLanguage', { language: languageOf(scope.language).nativeName }) },
      ],
    },
  ];
}

/** Long enough to be a forwarded job advert rather than a question. */
const FORWARDED_OFFER_CHARS = 160;

/** Checks a pasted offer for the warning signs of unfair recruitment; undefined when there is nothing to check. */
export function offerCheckReply(text: string, scope: TurnScope): Reply[] | undefined {
  if (text.trim().length < 20) return undefined;
  return renderOfferCheck(checkOffer(text), scope.ns('offer'));
}

/** A forwarded advert that matched no topic but shows warning signs gets checked without being asked. */
function forwardedOffer(text: string, scope: TurnScope): Reply[] | undefined {
  if (text.length < FORWARDED_OFFER_CHARS) return undefined;
  const result = checkOffer(text);
  return result.flags.length > 0 ? renderOfferCheck(result, scope.ns('offer')) : undefined;
}

/** The guided offer check: one yes/no/unsure question at a time, then the same report as for a pasted offer. */
export function guidedOfferStep(choiceId: string, state: ConversationState, scope: TurnScope): Reply[] | undefined {
  const t = scope.ns('offer');
  if (choiceId === OFFER_CHOICE.guided) {
    state.offerAnswers = {};
  } else {
    const answer = parseOfferAnswer(choiceId);
    if (!answer || !state.offerAnswers) return undefined;
    state.offerAnswers = { ...state.offerAnswers, [answer.question]: answer.answer };
  }
  const answers = state.offerAnswers as OfferAnswers;
  const next = nextOfferQuestion(answers);
  if (next) return [offerQuestionReply(next, t)];
  state.offerAnswers = undefined;
  return renderOfferCheck(flagsFromAnswers(answers), t);
}
