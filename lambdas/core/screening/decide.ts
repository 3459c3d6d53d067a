import type { PathwaysCatalogue, Route, Rule } from './catalogue';
import type { Answers } from './ports';
import { countryOf, routeCovers } from './routing';

/** The criterion added to every route: someone must take referrals for it where the person lives, in their language. */
export const COVERAGE_CRITERION = 'covered';

export interface RouteDecision {
  route: Route;
  met: string[];
  missed: string[];
  qualified: boolean;
}

export interface Decision {
  routes: RouteDecision[];
  qualified: RouteDecision[];
  /** Every distinct criterion once, in route order: what the explanation lists. */
  criteria: { id: string; met: boolean }[];
  /** Next-step ids for someone not referred: what the closest route(s) lack, then the usual suggestions. */
  nextSteps: string[];
}

/** Whether one answer meets one rule. An unanswered question never meets a rule. */
export function meets(rule: Rule, answers: Answers): boolean {
  const value = answers[rule.question];
  if (value === undefined || value === null) return false;
  if (rule.in && !rule.in.includes(String(value))) return false;
  if (rule.min !== undefined && !(typeof value === 'number' && value >= rule.min)) return false;
  if (rule.max !== undefined && !(typeof value === 'number' && value <= rule.max)) return false;
  return true;
}

/**
 * Which routes the answers qualify for, and why or why not, criterion by
 * criterion. Pure: the explanation and the referral's criteria met/missed
 * come from here. A person who qualifies for nothing still gets next steps.
 */
export function decide(catalogue: PathwaysCatalogue, answers: Answers, language: string): Decision {
  const reach = { country: countryOf(answers.country), language };
  const routes = catalogue.routes.map((route): RouteDecision => {
    const met: string[] = [];
    const missed: string[] = [];
    for (const rule of route.rules) (meets(rule, answers) ? met : missed).push(rule.id);
    (routeCovers(route, reach) ? met : missed).push(COVERAGE_CRITERION);
    return { route, met, missed, qualified: missed.length === 0 };
  });
  // Rules with one id are one rule (the content build checks it); coverage counts as met if any route has it.
  const ids = [...new Set(routes.flatMap((d) => [...d.route.rules.map((r) => r.id), COVERAGE_CRITERION]))];
  const criteria = ids.map((id) => ({ id, met: routes.some((d) => d.met.includes(id)) }));
  // Suggestions come from the route(s) the person came closest to: what they lack for those matters most.
  const fewest = Math.min(...routes.map((d) => d.missed.length));
  const closest = routes.filter((d) => d.missed.length === fewest);
  const fromMissed = closest.flatMap((d) => d.route.rules.filter((r) => d.missed.includes(r.id)).flatMap((r) => r.ifMissed));
  const nextSteps = [...new Set([...fromMissed, ...catalogue.alwaysSuggest])].filter((id) => catalogue.nextSteps.some((s) => s.id === id));
  return { routes, qualified: routes.filter((d) => d.qualified), criteria, nextSteps };
}
