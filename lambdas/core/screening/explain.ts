import type { Reply } from '../conversation/messages';
import type { PathwaysCatalogue } from './catalogue';
import type { Decision, RouteDecision } from './decide';
import { SCREENING_CHOICE, type ScreeningT } from './types';

/** At most this many topic buttons with the next steps, plus the main menu. */
const MAX_TOPIC_CHOICES = 3;

/** One line per criterion, met first: "✓ You are 18 or older." / "✗ You are under 18. …" */
export function criteriaLines(t: ScreeningT, criteria: { id: string; met: boolean }[]): string {
  const ordered = [...criteria.filter((c) => c.met), ...criteria.filter((c) => !c.met)];
  return ordered.map((c) => `${c.met ? '✓' : '✗'} ${t(`criteria.${c.id}.${c.met ? 'met' : 'missed'}`)}`).join('\n');
}

/** Why the person cannot be referred now, then what they can do: never a bare "no". */
export function notQualifiedReplies(t: ScreeningT, catalogue: PathwaysCatalogue, decision: Decision): Reply[] {
  return [
    { text: `${t('result.intro')}\n${criteriaLines(t, decision.criteria)}\n\n${t('result.notNow')}` },
    nextStepsReply(t, catalogue, decision.nextSteps),
  ];
}

/** Why the person qualifies for one route, in the same plain words. */
export function qualifiedText(t: ScreeningT, decision: RouteDecision, organisationName: string): string {
  const criteria = decision.met.map((id) => ({ id, met: true }));
  return `${t('result.intro')}\n${criteriaLines(t, criteria)}\n\n${t('result.qualified', { route: t(`route.${decision.route.id}.name`), org: organisationName })}`;
}

/** Next steps as lines, with buttons for the ones that have an information topic. */
export function nextStepsReply(t: ScreeningT, catalogue: PathwaysCatalogue, stepIds: string[]): Reply {
  const steps = stepIds.map((id) => catalogue.nextSteps.find((s) => s.id === id)).filter((s) => s !== undefined);
  const lines = steps.map((s) => `• ${t(`next.${s.id}.text`)}`);
  const topics = steps.filter((s) => s.topic !== undefined).slice(0, MAX_TOPIC_CHOICES);
  return {
    text: `${t('next.intro')}\n${lines.join('\n')}`,
    choicesLabel: t('choose'),
    choices: [
      ...topics.map((s) => ({ id: SCREENING_CHOICE.topic(s.topic ?? ''), title: t(`next.${s.id}.title`) })),
      { id: SCREENING_CHOICE.menu, title: t('nav.menu') },
    ],
  };
}
