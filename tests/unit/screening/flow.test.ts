import { describe, expect, it } from 'vitest';
import { isReferralCode, SCREENING_CHOICE as C, type ScreeningInput } from '../../../lambdas/core/screening';
import { harness, ids, texts } from './helpers';

type Step = [said: string | ScreeningInput, botSays: RegExp];

const BEGIN: ScreeningInput = { kind: 'begin' };
const a = (question: string, choice: string) => `#${C.answer(question, choice)}`;

/** Runs a script: each step is what the person says and what the bot's last message must say. */
async function run(steps: Step[], language: Parameters<typeof harness>[0] = 'en') {
  const h = await harness(language);
  for (const [said, botSays] of steps) {
    const result = await h.say(said);
    expect(texts(result.replies), `after ${JSON.stringify(said)}`).toMatch(botSays);
  }
  return h;
}

/** A recognised refugee, 30, wanting work, in Jordan: everything up to the last question. */
const QUALIFIED_UP_TO_FAMILY: Step[] = [
  [BEGIN, /about 12 short questions[\s\S]*situation in the country/],
  [a('status', 'refugee'), /How old are you/],
  ['30', /most interested in/],
  [a('interest', 'work'), /Which country do you live in/],
  [a('country', 'jo'), /What kind of work[\s\S]*also write "back", "skip" or "stop"/],
  [a('occupation', '2'), /closest to your work/],
  [a('occupationDetail', '22'), /How many years/],
  ['6', /highest level of education/],
  [a('education', 'university'), /speak English/],
  [a('english', 'good'), /also speak/],
  [a('otherLanguage', 'arabic'), /How well do you speak it/],
  [a('otherLevel', 'fluent'), /documents/],
  [a('documents', 'ctd'), /family members/],
];

describe('screening flow: user says X, bot asks Y', () => {
  it('qualifies a recognised refugee for one route, explains why, and refers only after consent', async () => {
    const h = await run([
      ...QUALIFIED_UP_TO_FAMILY,
      ['2', /Before I pass you on[\s\S]*Demo Organisation A \(example\)[\s\S]*WhatsApp number[\s\S]*180 days/],
    ]);
    const explanation = h.last?.replies[0]?.text ?? '';
    expect(explanation).toMatch(/✓ You are a recognised refugee/);
    expect(explanation).toMatch(/✓ You are 18 or older/);
    expect(explanation).toMatch(/✓ You are interested in working abroad/);
    expect(ids(h.last?.replies.at(-1))).toEqual([C.consentYes, C.consentNo]);
    expect(h.referrals.items.size).toBe(0);

    await h.say(`#${C.consentYes}`);
    expect(h.state).toBeUndefined();
    expect(h.last?.outcome).toBe('referred');
    const [referral] = [...h.referrals.items.values()];
    expect(referral).toBeDefined();
    expect(isReferralCode(referral?.code)).toBe(true);
    expect(texts(h.last?.replies ?? [])).toContain(`Your reference is ${referral?.code}`);
    expect(texts(h.last?.replies ?? [])).toMatch(/usually within 5 working days/);
    expect(referral).toMatchObject({
      pathway: 'labour-mobility-adviser',
      organisation: 'demo-org-a',
      country: 'JO',
      isco: '22',
      channel: 'whatsapp',
      contact: '+254700000001',
      urgent: false,
      topicsRead: ['rights.right-to-work'],
      criteriaMet: ['protection-status', 'adult', 'wants-work', 'covered'],
      criteriaMissed: [],
      answers: { status: 'refugee', age: 30, interest: 'work', country: 'jo', occupation: '2', occupationDetail: '22', experience: 6, family: 2 },
      consent: { noticeVersion: 'referral-consent-2025-01', retentionDays: 180, organisation: 'demo-org-a', language: 'en' },
    });
    expect(referral?.consent.shared).toContain('whatsapp-number');
  });

  it('creates nothing when the person says no, and still gives next steps', async () => {
    const h = await run([...QUALIFIED_UP_TO_FAMILY, ['0', /Do you agree/], ['no', /did not share anything[\s\S]*Next steps/]]);
    expect(h.referrals.items.size).toBe(0);
    expect(h.last?.outcome).toBe('declined');
    expect(ids(h.last?.replies.at(-1))).toContain('topic:pathways.find-genuine-programmes');
  });

  it('never rejects without next steps: explains each criterion met and missed', async () => {
    const h = await run([
      [BEGIN, /situation/],
      [a('status', 'none'), /How old/],
      ['16', /interested/],
      [a('interest', 'work'), /country/],
      ['skip', /What kind of work/],
      ['skip', /education/],
      ['skip', /English/],
      ['skip', /also speak/],
      [a('otherLanguage', 'none'), /documents/],
      ['skip', /family/],
      ['skip', /cannot pass you to an adviser[\s\S]*Next steps you can take/],
    ]);
    const [explanation, next] = h.last?.replies ?? [];
    expect(explanation?.text).toMatch(/✗ You are not yet recognised as a refugee/);
    expect(explanation?.text).toMatch(/✗ You are under 18/);
    expect(explanation?.text).toMatch(/✓ You are interested in working abroad/);
    expect(next?.text).toMatch(/UNHCR or the national asylum authority/);
    expect(next?.text).toMatch(/under 18, ask a teacher/);
    expect(ids(next)).toEqual(['topic:pathways.find-genuine-programmes', 'topic:pathways.fake-offers', 'topic:pathways.complementary-pathways', 'menu']);
    expect(h.state).toBeUndefined();
    expect(h.last?.outcome).toBe('not-qualified');
    expect(h.referrals.items.size).toBe(0);
  });

  it('lets the person pick a route when several fit', async () => {
    const h = await run([
      [BEGIN, /situation/],
      [a('status', 'registered'), /How old/],
      ['24', /interested/],
      [a('interest', 'both'), /country/],
      [a('country', 'ke'), /kind of work/],
      ['skip', /education/],
      ['skip', /English/],
      ['skip', /also speak/],
      ['skip', /documents/],
      ['skip', /family/],
      ['skip', /more than one thing/],
    ]);
    expect(ids(h.last?.replies.at(-1))).toEqual([C.route('labour-mobility-adviser'), C.route('education-pathways-adviser'), C.consentNo]);
    await h.say('2');
    expect(texts(h.last?.replies ?? [])).toMatch(/Demo Organisation B \(example\)[\s\S]*Study abroad adviser/);
    await h.say('yes');
    expect([...h.referrals.items.values()][0]).toMatchObject({ pathway: 'education-pathways-adviser', organisation: 'demo-org-b', country: 'KE' });
  });
});

describe('screening flow: validation, back, skip, stop', () => {
  it.each([
    ['abc', /answer with a number, for example 33[\s\S]*How old/],
    ['150', /from 10 to 100[\s\S]*How old/],
    ['2.5', /answer with a number/],
    ['-4', /answer with a number/],
  ])('re-asks an unusable age %j with an explanation', async (said, botSays) => {
    const h = await run([[BEGIN, /situation/], [a('status', 'refugee'), /How old/], [said, botSays]]);
    expect(h.state).toMatchObject({ mode: 'ask', step: 'age' });
  });

  it.each([['٢٥'], ['۲۵'], ['I am 25']])('reads %j as 25', async (said) => {
    const h = await run([[BEGIN, /situation/], [a('status', 'refugee'), /How old/], [said, /interested/]]);
    expect(h.state).toMatchObject({ answers: { age: 25 } });
  });

  it('reads "2" as two years on a number question, but as the second option on a choice question', async () => {
    const h = await run([[BEGIN, /situation/], ['2', /How old/]]);
    expect(h.state).toMatchObject({ answers: { status: 'registered' } });
    await h.say('40');
    await h.say(a('interest', 'work'));
    await h.say(a('country', 'tr'));
    await h.say(a('occupation', '7'));
    await h.say(a('occupationDetail', '71'));
    await h.say('2');
    expect(h.state).toMatchObject({ step: 'education', answers: { experience: 2 } });
  });

  it('goes back, and back again, without losing the way', async () => {
    const h = await run([
      [BEGIN, /situation/],
      ['back', /situation/],
      [a('status', 'refugee'), /How old/],
      ['30', /interested/],
      [`#${C.back}`, /How old/],
      ['back', /situation/],
    ]);
    expect(ids(h.last?.replies[0])).not.toContain(C.back);
    expect(h.state).toMatchObject({ step: 'status', history: [] });
  });

  it('refuses to skip a question that decides eligibility, and skips one that does not', async () => {
    const h = await run([
      [BEGIN, /situation/],
      ['skip', /cannot be skipped[\s\S]*situation/],
      [a('status', 'refugee'), /How old/],
      ['30', /interested/],
      [a('interest', 'study'), /country/],
      [`#${C.skip}`, /kind of work/],
    ]);
    expect(h.state).toMatchObject({ answers: { country: null } });
  });

  it('asks for the country name only after "another country", and forgets it when the answer changes', async () => {
    const h = await run([
      [BEGIN, /situation/],
      [a('status', 'refugee'), /How old/],
      ['30', /interested/],
      [a('interest', 'work'), /country/],
      [a('country', 'other'), /Which country\? Please write its name/],
      ['Ethiopia', /kind of work/],
      ['back', /Which country\?/],
      ['back', /Which country do you live in/],
      [a('country', 'ug'), /kind of work/],
    ]);
    for (const step of ['skip', 'skip', 'skip', 'skip', 'skip', 'skip']) await h.say(step);
    await h.say('yes');
    expect([...h.referrals.items.values()][0]?.answers).not.toHaveProperty('countryOther');
  });

  it.each([['stop'], ['STOP!'], ['menu'], [`#${C.stop}`]])('ends on %j at any question, sharing nothing', async (said) => {
    const h = await run([[BEGIN, /situation/], [a('status', 'refugee'), /How old/], [said, /stopped the questions\. Nothing was shared/]]);
    expect(h.state).toBeUndefined();
    expect(['stopped', 'menu']).toContain(h.last?.outcome);
  });

  it('answers a button from an earlier question by asking the current one again', async () => {
    await run([[BEGIN, /situation/], [a('status', 'refugee'), /How old/], [a('status', 'none'), /earlier question[\s\S]*How old/]]);
  });

  it('explains that it reads only text when sent a picture', async () => {
    await run([[BEGIN, /situation/], [{ kind: 'unsupported', what: 'image' }, /only read text[\s\S]*situation/]]);
  });

  it('offers back, skip and stop as buttons when they fit, and as words when the list is full', async () => {
    const h = await run([[BEGIN, /situation/], [a('status', 'refugee'), /How old/]]);
    expect(ids(h.last?.replies[0])).toEqual([C.back, C.stop]);
    for (const step of ['30', a('interest', 'work')]) await h.say(step);
    expect(ids(h.last?.replies[0])).toHaveLength(10);
    await h.say(a('country', 'tr'));
    expect(ids(h.last?.replies[0])).toHaveLength(10);
    expect(h.last?.replies[0]?.text).toMatch(/You can also write "back", "skip" or "stop"/);
    await h.say('2');
    expect(ids(h.last?.replies[0])).toEqual(['21', '22', '23', '24', '25', '26'].map((c) => C.answer('occupationDetail', c)).concat([C.back, C.skip, C.stop]));
  });

  it('ends a flow whose state was lost by pointing to the menu', async () => {
    const h = await harness();
    expect(await h.say(`#${C.consentYes}`)).toMatchObject({ state: undefined, outcome: 'menu' });
  });
});
