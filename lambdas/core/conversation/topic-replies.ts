import type { Topic } from '../content/schema';
import { OFFER_CHOICE } from '../offer-check';
import type { TurnScope } from './deps';
import type { Choice, Reply } from './messages';
import { CHOICE } from './menus';

/** The topics of one information area, as a list to choose from. */
export function areaMenu(area: string, scope: TurnScope): Reply[] {
  const nav = scope.ns('nav');
  const topics = scope.deps.topics.inArea(area, scope.language);
  return [
    {
      text: nav('areaPrompt', { area: scope.t(`menu.${area}`) }),
      choicesLabel: nav('topicsButton'),
      choices: [...topics.map((topic) => ({ id: CHOICE.topic(topic.id), title: topic.title })), backToMenu(scope)],
    },
  ];
}

/**
 * One topic, in full: title, body, official sources and review date, with a
 * caution when the review date has passed and a scam warning wherever
 * pathways are discussed. Then related topics to go on with.
 */
export function topicReply(topic: Topic, scope: TurnScope): Reply[] {
  const nav = scope.ns('nav');
  const today = new Date(scope.deps.now()).toISOString().slice(0, 10);
  const sources = topic.sources.map((s) => `- ${s.publisher}: ${s.url}`).join('\n');
  const lines = [`*${topic.title}*`, '', topic.body, '', nav('sources'), sources, nav('reviewed', { date: topic.reviewed })];
  if (topic.reviewBy < today) lines.push('', nav('reviewOverdue'));
  if (topic.area === 'pathways') lines.push('', nav('scamWarning'));
  const related: Choice[] = (topic.related ?? [])
    .map((id) => scope.deps.topics.get(id, scope.language))
    .filter((t): t is Topic => t !== undefined)
    .slice(0, 3)
    .map((t) => ({ id: CHOICE.topic(t.id), title: t.title }));
  return [
    { text: lines.join('\n') },
    {
      text: nav('relatedPrompt'),
      choicesLabel: nav('related'),
      choices: [...related, ...offerTool(topic, scope), { id: CHOICE.adviser, title: scope.t('menu.adviser') }, backToMenu(scope)],
    },
  ];
}

/** Topics about offers lead straight to the offer check. */
const OFFER_TOPICS = new Set(['predeparture.check-offer-and-contract', 'pathways.fake-offers', 'rights.fair-recruitment']);

function offerTool(topic: Topic, scope: TurnScope): Choice[] {
  return OFFER_TOPICS.has(topic.id) ? [{ id: OFFER_CHOICE.guided, title: scope.ns('offer')('guided.start') }] : [];
}

/** When two topics are close, ask rather than guess. */
export function whichOne(topicIds: string[], scope: TurnScope): Reply[] {
  const choices = topicIds
    .map((id) => scope.deps.topics.get(id, scope.language))
    .filter((t): t is Topic => t !== undefined)
    .map((t) => ({ id: CHOICE.topic(t.id), title: t.title }));
  return [{ text: scope.ns('nav')('didYouMean'), choicesLabel: scope.ns('nav')('topicsButton'), choices: [...choices, backToMenu(scope)] }];
}

function backToMenu(scope: TurnScope): Choice {
  return { id: CHOICE.menu, title: scope.t('backToMenu') };
}
