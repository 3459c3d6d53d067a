import { describe, expect, it } from 'vitest';
import { chooseOrganisation, decide, meets } from '../../../lambdas/core/screening';
import { loadContent } from '../../support/content';

const catalogue = (await loadContent()).pathways!;
const adult = { status: 'refugee', age: 30, interest: 'work', country: 'jo' };

describe('decide', () => {
  it('qualifies only the routes whose every criterion is met, and says which were met', () => {
    const decision = decide(catalogue, adult, 'ar');
    expect(decision.qualified.map((d) => d.route.id)).toEqual(['labour-mobility-adviser']);
    const education = decision.routes.find((d) => d.route.id === 'education-pathways-adviser');
    expect(education).toMatchObject({ qualified: false, missed: ['wants-study'], met: ['protection-status', 'adult', 'covered'] });
  });

  it.each([
    [{ ...adult, status: 'asylum' }, 'protection-status', 'register'],
    [{ ...adult, age: 17 }, 'adult', 'young-people'],
    [{ ...adult, interest: 'study' }, 'wants-work', 'languages'],
  ])('misses one criterion and suggests what to do about it (%j)', (answers, missed, step) => {
    const decision = decide(catalogue, answers, 'en');
    const labour = decision.routes.find((d) => d.route.id === 'labour-mobility-adviser');
    expect(labour?.missed).toContain(missed);
    expect(decision.criteria.find((c) => c.id === missed)).toEqual({ id: missed, met: false });
    if (decision.qualified.length === 0) expect(decision.nextSteps).toContain(step);
  });

  it('never meets a rule with a missing or skipped answer', () => {
    const rule = catalogue.routes[0]!.rules.find((r) => r.id === 'adult')!;
    expect(meets(rule, {})).toBe(false);
    expect(meets(rule, { age: null })).toBe(false);
    expect(meets(rule, { age: '30' })).toBe(false);
    expect(meets(rule, { age: 18 })).toBe(true);
  });

  it('always leaves someone who qualifies for nothing with next steps, including the usual ones', () => {
    const decision = decide(catalogue, { status: 'none', age: 12, interest: 'unsure' }, 'so');
    expect(decision.qualified).toEqual([]);
    expect(decision.nextSteps.slice(0, 2)).toEqual(['register', 'young-people']);
    expect(decision.nextSteps).toEqual(expect.arrayContaining(catalogue.alwaysSuggest));
  });
});

describe('routing to an organisation', () => {
  const labour = catalogue.routes.find((r) => r.id === 'labour-mobility-adviser')!;

  it.each([
    ['JO', 'ar', 'demo-org-a'],
    ['KE', 'so', 'demo-org-b'],
    ['UG', 'sw', 'demo-org-b'],
    ['KE', 'uk', 'demo-org-a'],
    [undefined, 'ti', 'demo-org-a'],
  ])('sends country %s, language %s to %s (falling back to the default)', (country, language, expected) => {
    expect(chooseOrganisation(catalogue, labour, { country, language }).id).toBe(expected);
  });

  it('sends urgent referrals to an organisation that takes them, by language', () => {
    expect(chooseOrganisation(catalogue, 'urgent', { language: 'ps' }).urgent).toBe(true);
  });
});
