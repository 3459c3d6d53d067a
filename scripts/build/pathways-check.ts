import type { LocaleResources } from '../../lambdas/core/i18n/translator';
import { COVERAGE_CRITERION } from '../../lambdas/core/screening/decide';
import { ISCO_MAJOR_GROUPS, ISCO_SUB_MAJOR_GROUPS } from '../../lambdas/core/screening/isco';
import { URGENT_PATHWAY } from '../../lambdas/core/screening/urgent';
import { REFERRAL_STATUSES } from '../../lambdas/core/screening/referral-status';
import type { PathwaysCatalogue } from '../../lambdas/core/screening/catalogue';
import type { ContentProblem } from './content';

/** WhatsApp's limits (lambdas/channels/whatsapp/limits.ts): reply buttons, list rows, row descriptions. */
const BUTTON = 20;
const ROW = 24;
const DESCRIPTION = 72;

/** The questions, routes, next steps and organisations refer to each other correctly. */
export function checkCatalogue(c: PathwaysCatalogue, topicIds: ReadonlySet<string>, languages: readonly string[]): string[] {
  const problems: string[] = [];
  const orgIds = new Set(c.organisations.map((o) => o.id));
  const stepIds = new Set(c.nextSteps.map((s) => s.id));
  if (!orgIds.has(c.defaultOrganisation)) problems.push(`default organisation ${c.defaultOrganisation} is not listed`);
  if (!c.organisations.some((o) => o.urgent)) problems.push('no organisation takes urgent referrals');
  c.questions.forEach((q, i) => {
    if (c.questions.findIndex((o) => o.id === q.id) !== i) problems.push(`question ${q.id} is listed twice`);
    const earlier = c.questions.slice(0, i).map((o) => o.id);
    if (q.askIf && !earlier.includes(q.askIf.question)) problems.push(`question ${q.id}: askIf must name an earlier question`);
    if (q.type === 'choice' && typeof q.isco === 'object' && !earlier.includes(q.isco.subMajorOf)) problems.push(`question ${q.id}: subMajorOf must name an earlier question`);
  });
  const rulesById = new Map<string, string>();
  for (const route of c.routes) {
    for (const org of route.organisations) if (!orgIds.has(org)) problems.push(`route ${route.id}: unknown organisation ${org}`);
    for (const language of route.languages) if (!languages.includes(language)) problems.push(`route ${route.id}: unknown language ${language}`);
    for (const rule of route.rules) {
      const q = c.questions.find((o) => o.id === rule.question);
      if (!q) problems.push(`rule ${rule.id}: unknown question ${rule.question}`);
      else if (q.skippable) problems.push(`rule ${rule.id}: question ${q.id} decides eligibility, so it must not be skippable`);
      else if (q.type === 'choice' && q.choices && rule.in?.some((v) => !q.choices?.includes(v))) problems.push(`rule ${rule.id}: a value is not a choice of ${q.id}`);
      else if (q.type === 'number' && rule.in) problems.push(`rule ${rule.id}: use min/max for the number question ${q.id}`);
      for (const step of rule.ifMissed) if (!stepIds.has(step)) problems.push(`rule ${rule.id}: unknown next step ${step}`);
      const shape = JSON.stringify({ ...rule, id: undefined });
      if (rulesById.has(rule.id) && rulesById.get(rule.id) !== shape) problems.push(`rule ${rule.id} is defined differently in two routes`);
      rulesById.set(rule.id, shape);
    }
  }
  for (const step of c.alwaysSuggest) if (!stepIds.has(step)) problems.push(`alwaysSuggest: unknown next step ${step}`);
  for (const step of c.nextSteps) if (step.topic && !topicIds.has(step.topic)) problems.push(`next step ${step.id}: topic ${step.topic} does not exist`);
  for (const org of c.organisations) for (const language of org.languages) if (!languages.includes(language)) problems.push(`organisation ${org.id}: unknown language ${language}`);
  return problems;
}

/** Every key the flow looks up, with the length limit of where it is shown (0: running text). */
export function screeningKeys(c: PathwaysCatalogue): [string, number][] {
  const keys: [string, number][] = [];
  for (const q of c.questions) {
    keys.push([`q.${q.id}.prompt`, 0]);
    if (q.type === 'choice' && q.choices) for (const id of q.choices) keys.push([`q.${q.id}.choices.${id}`, ROW]);
  }
  for (const major of ISCO_MAJOR_GROUPS) {
    keys.push([`isco.major.${major}.title`, ROW], [`isco.major.${major}.desc`, DESCRIPTION]);
    for (const sub of ISCO_SUB_MAJOR_GROUPS[major]) keys.push([`isco.sub.${sub}`, ROW]);
  }
  for (const route of [...c.routes.map((r) => r.id), URGENT_PATHWAY]) keys.push([`route.${route}.name`, ROW]);
  const criteria = new Set([...c.routes.flatMap((r) => r.rules.map((rule) => rule.id)), COVERAGE_CRITERION]);
  for (const id of criteria) keys.push([`criteria.${id}.met`, 0], [`criteria.${id}.missed`, 0]);
  for (const step of c.nextSteps) {
    keys.push([`next.${step.id}.text`, 0]);
    if (step.topic) keys.push([`next.${step.id}.title`, ROW]);
  }
  for (const status of REFERRAL_STATUSES) keys.push([`status.${status}`, 0]);
  for (const button of ['nav.back', 'nav.skip', 'nav.stop', 'nav.menu', 'nav.notNow', 'consent.yes', 'consent.no', 'urgent.yes', 'urgent.no', 'withdraw.yes', 'withdraw.no', 'choose']) {
    keys.push([button, BUTTON]);
  }
  return keys;
}

/** The screening strings exist in English, and in every language fit where they are shown. */
export function checkScreeningStrings(c: PathwaysCatalogue, locales: LocaleResources): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [language, namespaces] of Object.entries(locales)) {
    const strings = namespaces.screening as Record<string, unknown> | undefined;
    if (!strings) continue;
    const file = `content/locales/${language}/screening.json`;
    for (const [key, limit] of screeningKeys(c)) {
      const value = lookup(strings, key);
      if (value === undefined) {
        if (language === 'en') problems.push({ file, message: `missing "${key}" (the screening flow uses it)` });
        continue;
      }
      if (limit > 0 && value.length > limit) problems.push({ file, message: `"${key}" is ${value.length} characters; it must fit ${limit}` });
    }
  }
  return problems;
}

function lookup(tree: Record<string, unknown>, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}
