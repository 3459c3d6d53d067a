import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, type LanguageCode } from '../../../lambdas/core/languages';
import { beginUrgent, referralCommand, SCREENING_CHOICE as C } from '../../../lambdas/core/screening';
import { harness, texts } from './helpers';

/** A key leaking through (`q.age.prompt`) or an interpolation left unfilled means a string is missing. */
const LEAK = /\b(q|isco|criteria|next|consent|route|status|withdraw|urgent|nav|invalid)\.[\w-]+|\{\{/;

/** Every question, both ends of the decision, consent, urgent, status and withdrawal, in one language. */
async function walk(language: LanguageCode): Promise<string> {
  const seen: string[] = [];
  const h = await harness(language);
  const steps = [{ kind: 'begin' } as const, 'x', '#scr:a:status:refugee', 'abc', '500', '30', '#scr:a:interest:both', '#scr:a:country:other', 'Ethiopia',
    '#scr:a:occupation:7', '#scr:a:occupationDetail:74', '12', '#scr:a:education:vocational', '#scr:a:english:basic',
    '#scr:a:otherLanguage:german', '#scr:a:otherLevel:basic', '#scr:a:documents:passport', '3', '#scr:route:labour-mobility-adviser', `#${C.consentYes}`];
  for (const step of steps) seen.push(texts((await h.say(step)).replies), ...(h.last?.replies.flatMap((r) => r.choices?.map((c) => `${c.title} ${c.description ?? ''}`) ?? []) ?? []));
  const no = await harness(language);
  for (const step of [{ kind: 'begin' } as const, '#scr:a:status:none', '12', '#scr:a:interest:unsure', 'skip', 'skip', 'skip', 'skip', 'skip', 'skip', 'skip']) {
    seen.push(texts((await no.say(step)).replies));
  }
  seen.push(texts(beginUrgent(h.context({ kind: 'begin' })).replies));
  seen.push(texts((await referralCommand('status', h.context({ kind: 'begin' }))).replies));
  seen.push(texts((await referralCommand('withdraw', h.context({ kind: 'begin' }))).replies));
  return seen.join('\n');
}

describe('screening in every language', () => {
  it.each(LANGUAGE_CODES.map((l) => [l]))('%s: every message is written, with no key or placeholder showing', async (language) => {
    const all = await walk(language);
    expect(all).not.toMatch(LEAK);
    if (language !== 'en') expect(all).not.toContain('How old are you');
  });

  it.each([
    ['ar', 'توقف'],
    ['fa-AF', 'توقف'],
    ['ps', 'ودرېږه'],
    ['fr', 'Arrêter !'],
    ['es', 'parar'],
    ['so', 'jooji'],
    ['sw', 'acha'],
    ['ti', 'ደው በል'],
    ['uk', 'Стоп'],
    ['ar', 'stop'],
  ] as const)('%s: typing %j stops the questions', async (language, word) => {
    const h = await harness(language);
    await h.say({ kind: 'begin' });
    await h.say('#scr:a:status:refugee');
    const result = await h.say(word);
    expect(result).toMatchObject({ state: undefined, outcome: 'stopped' });
  });

  it('reads Arabic-Indic digits and a typed Arabic "yes"', async () => {
    const h = await harness('ar');
    for (const step of [{ kind: 'begin' } as const, '#scr:a:status:refugee', '٣٠', '#scr:a:interest:work', '#scr:a:country:jo', 'تخطي', 'تخطي', 'تخطي', 'تخطي', 'تخطي', 'تخطي']) await h.say(step);
    expect(h.state).toMatchObject({ mode: 'consent', answers: { age: 30 } });
    await h.say('نعم');
    expect(h.referrals.items.size).toBe(1);
    expect([...h.referrals.items.values()][0]?.language).toBe('ar');
  });
});
