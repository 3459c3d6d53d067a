import { beforeAll, describe, expect, it } from 'vitest';
import type { Who } from '../../../lambdas/core/conversation/deps';
import { respond, type TurnDeps } from '../../../lambdas/core/conversation/engine';
import type { Reply, UserInput } from '../../../lambdas/core/conversation/messages';
import { newState, type ConversationState } from '../../../lambdas/core/conversation/state';
import { MemoryPersonalData, MemoryReferrals, realTurnDeps } from '../../support/content';

let deps: TurnDeps;
let personalData: MemoryPersonalData;
beforeAll(async () => {
  personalData = new MemoryPersonalData();
  deps = await realTurnDeps({ personalData });
});

const who: Who = { channel: 'webchat', userKey: 'U#test' };

/** Runs a script of user inputs and returns the state and every reply of the last turn. */
async function converse(inputs: UserInput[], start: ConversationState = newState()) {
  let state = start;
  let replies: Reply[] = [];
  let erased = false;
  for (const input of inputs) ({ state, replies, erased = false } = await respond(state, input, deps, who));
  return { state, replies, erased, texts: replies.map((r) => r.text) };
}

const t = (lang: 'en' | 'ar', key: string, options?: Record<string, string>, ns = 'bot') => deps.translator.forLanguage(lang, ns)(key, options);

describe('conversation script', () => {
  it('greets a newcomer and asks for a language before anything else', async () => {
    const { texts, replies, state } = await converse([{ kind: 'start' }]);
    expect(texts).toEqual([t('en', 'welcome'), t('en', 'chooseLanguage')]);
    expect(replies[1]?.choices?.map((c) => c.id)).toContain('lang:ar');
    expect(state.language).toBeUndefined();
  });

  it('remembers the chosen language and shows the menu in it, with the privacy and machine notices once', async () => {
    const { texts, replies, state } = await converse([{ kind: 'start' }, { kind: 'choice', id: 'lang:ar' }]);
    expect(state.language).toBe('ar');
    expect(texts[0]).toBe(t('ar', 'languageSet'));
    expect(texts.some((x) => x.includes('/privacy?lang=ar'))).toBe(true);
    expect(texts).toContain(t('ar', 'machineNotice'));
    expect(texts.at(-1)).toBe(t('ar', 'menu.prompt'));
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toEqual(['area:pathways', 'area:rights', 'area:ctd', 'area:predeparture', 'adviser', 'language']);
    const again = await respond(state, { kind: 'choice', id: 'menu' }, deps, who);
    expect(again.replies.map((r) => r.text)).not.toContain(t('ar', 'machineNotice'));
  });

  it('answers a number typed in Arabic-Indic digits as the matching option', async () => {
    const { state } = await converse([{ kind: 'start', language: 'en' }]);
    const { replies } = await respond(state, { kind: 'text', text: '٣' }, deps, who);
    expect(replies[0]?.text).toBe(t('en', 'areaPrompt', { area: t('en', 'menu.ctd') }, 'nav'));
    expect(replies[0]?.choices?.map((c) => c.id)).toContain('topic:ctd.what-is-a-ctd');
  });

  it('opens the topic a helper link names, in the link language', async () => {
    const { texts, state } = await converse([{ kind: 'start', language: 'en', topic: 'rights.fair-recruitment' }]);
    expect(texts[0]).toMatch(/^\*Fair recruitment/);
    expect(texts[0]).toContain('https://normlex.ilo.org');
    expect(state.seenTopics).toEqual(['rights.fair-recruitment']);
  });

  it('keeps a link topic until the person has chosen a language, then shows it', async () => {
    const { texts } = await converse([{ kind: 'start', topic: 'ctd.what-is-a-ctd' }, { kind: 'choice', id: 'lang:en' }]);
    expect(texts[0]).toMatch(/Convention Travel Document/);
  });

  it('answers free text with the matching topic', async () => {
    const { texts } = await converse([{ kind: 'start', language: 'en' }, { kind: 'text', text: 'what is a convention travel document' }]);
    expect(texts[0]).toMatch(/^\*What is a Convention Travel Document/);
  });

  it('asks which one when two topics are close, with buttons', async () => {
    const { replies } = await converse([{ kind: 'start', language: 'en' }, { kind: 'text', text: 'how do i know if a job offer abroad is fake' }]);
    expect(replies[0]?.text).toBe(t('en', 'didYouMean', undefined, 'nav'));
    expect(replies[0]?.choices?.map((c) => c.id)).toEqual(['topic:predeparture.check-offer-and-contract', 'topic:pathways.fake-offers', 'menu']);
  });

  it('leads from the topics about offers to the offer check', async () => {
    const { replies } = await converse([{ kind: 'start', language: 'en' }, { kind: 'choice', id: 'topic:pathways.fake-offers' }]);
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toContain('offer:guided');
  });

  it('adds a scam warning wherever pathways are discussed, and not elsewhere', async () => {
    const pathway = await converse([{ kind: 'start', language: 'en' }, { kind: 'choice', id: 'topic:pathways.skilled-work-visas' }]);
    expect(pathway.texts[0]).toContain(t('en', 'scamWarning', undefined, 'nav'));
    const ctd = await converse([{ kind: 'start', language: 'en' }, { kind: 'choice', id: 'topic:ctd.lost-or-expired' }]);
    expect(ctd.texts[0]).not.toContain(t('en', 'scamWarning', undefined, 'nav'));
  });

  it('offers to switch when someone writes clearly in another of our languages', async () => {
    const { replies } = await converse([{ kind: 'start', language: 'en' }, { kind: 'text', text: 'هل يمكنني العمل في البلد الذي لجأت إليه؟' }]);
    expect(replies[0]?.choices?.map((c) => c.id)).toEqual(['lang:ar', 'lang:keep']);
  });

  it('says it did not understand an out-of-scope question and offers the menu', async () => {
    const { texts, replies } = await converse([{ kind: 'start', language: 'en' }, { kind: 'text', text: 'what is the best pizza recipe' }]);
    expect(texts[0]).toBe(t('en', 'notUnderstood', undefined, 'nav'));
    expect(replies.at(-1)?.choices?.length).toBe(6);
  });

  it('answers danger first with safety information, then asks in one step to pass the contact on urgently', async () => {
    const referrals = new MemoryReferrals();
    const urgentDeps = await realTurnDeps({ referrals });
    let state = newState();
    let replies: Reply[] = [];
    for (const input of [{ kind: 'start', language: 'en' }, { kind: 'text', text: 'my boss took my passport and locked me in the house' }] as UserInput[]) {
      ({ state, replies } = await respond(state, input, urgentDeps, { ...who, channel: 'whatsapp', contact: '447700900999' }));
    }
    expect(replies[0]?.text).toBe(t('en', 'urgent', undefined, 'safety'));
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toEqual(['scr:urgent:yes', 'scr:urgent:no']);
    expect(referrals.created).toEqual([]);
    ({ state } = await respond(state, { kind: 'choice', id: 'scr:urgent:yes' }, urgentDeps, { ...who, channel: 'whatsapp', contact: '447700900999' }));
    expect(referrals.created).toHaveLength(1);
    expect(referrals.created[0]).toMatchObject({ urgent: true, contact: '447700900999' });
    expect(state.referred).toBe(true);
  });

  it('screens someone who asks for an adviser, one question at a time', async () => {
    const { replies, state } = await converse([{ kind: 'start', language: 'en' }, { kind: 'choice', id: 'adviser' }]);
    expect(state.screening).toBeDefined();
    expect(replies.at(-1)?.choices?.length).toBeGreaterThan(1);
  });

  it('erases only after confirmation, and reports the erasure', async () => {
    const asked = await converse([{ kind: 'start', language: 'en' }, { kind: 'text', text: 'delete my data' }]);
    expect(asked.replies.at(-1)?.choices?.map((c) => c.id)).toEqual(['erase:yes', 'erase:no']);
    expect(personalData.erased).toEqual([]);
    const done = await respond(asked.state, { kind: 'choice', id: 'erase:yes' }, deps, who);
    expect(done.erased).toBe(true);
    expect(personalData.erased).toEqual(['U#test']);
    expect(done.replies.map((r) => r.text)).toEqual([t('en', 'erased', undefined, 'privacy')]);
  });

  it('shows what it holds', async () => {
    const { texts } = await converse([{ kind: 'start', language: 'en' }, { kind: 'text', text: 'what data do you have about me' }]);
    expect(texts[0]).toContain('What I hold about you');
  });

  it('tells how to recognise the genuine service', async () => {
    const { texts } = await converse([{ kind: 'start', language: 'en' }, { kind: 'text', text: 'is this really you or a scam' }]);
    expect(texts.join('\n')).toContain('+15550000001');
  });

  it('replies politely to things it cannot read and offers the menu', async () => {
    const { texts, replies } = await converse([{ kind: 'start', language: 'en' }, { kind: 'unsupported', what: 'image' }]);
    expect(texts[0]).toBe(t('en', 'unsupported'));
    expect(replies.at(-1)?.choices?.length).toBe(6);
  });

  it('slows down a flood with one polite reply, then stays quiet for the minute', async () => {
    let { state } = await converse([{ kind: 'start', language: 'en' }]);
    const texts: string[][] = [];
    for (let i = 0; i < 23; i++) {
      const r = await respond(state, { kind: 'choice', id: 'menu' }, deps, who);
      state = r.state;
      texts.push(r.replies.map((x) => x.text));
    }
    expect(texts.filter((x) => x[0] === t('en', 'slowDown', undefined, 'privacy'))).toHaveLength(1);
    expect(texts.at(-1)).toEqual([]);
  });

  it('does not mutate the previous state', async () => {
    const before = newState();
    await respond(before, { kind: 'choice', id: 'lang:en' }, deps, who);
    expect(before).toEqual(newState());
  });
});

describe('checking a job offer in the chat', () => {
  const offer =
    'URGENT!!! Warehouse jobs in Poland, 1800 EUR per month, no experience needed. Pay 500 USD visa processing fee today to our agent and send your original passport, we keep it for you. Contract will be given on arrival. Only 3 places left!';

  it('checks a pasted offer after "check this offer" and names the warning signs', async () => {
    const { replies } = await converse([{ kind: 'start', language: 'en' }, { kind: 'text', text: 'check this offer for me' }, { kind: 'text', text: offer }]);
    const text = replies.map((r) => r.text).join('\n');
    expect(text).toMatch(/warning sign/i);
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toContain('topic:rights.fair-recruitment');
  });

  it('checks a forwarded offer without being asked when it matches no topic', async () => {
    const { replies } = await converse([{ kind: 'start', language: 'en' }, { kind: 'text', text: offer }]);
    expect(replies.map((r) => r.text).join('\n')).toMatch(/warning sign/i);
  });
});

describe('the guided offer check', () => {
  it('asks five questions one at a time and reports the warning signs from the answers', async () => {
    let { state, replies } = await converse([{ kind: 'start', language: 'en' }, { kind: 'text', text: 'check this offer for me' }]);
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toContain('offer:guided');
    ({ state, replies } = await respond(state, { kind: 'choice', id: 'offer:guided' }, deps, who));
    let questions = 0;
    while (replies.at(-1)?.choices?.some((c) => c.id.startsWith('offer:a:'))) {
      questions++;
      const yes = replies.at(-1)?.choices?.find((c) => c.id.endsWith(':yes'));
      ({ state, replies } = await respond(state, { kind: 'choice', id: yes?.id ?? '' }, deps, who));
    }
    expect(questions).toBe(5);
    expect(replies.map((r) => r.text).join('\n')).toMatch(/warning sign/i);
    expect(state.offerAnswers).toBeUndefined();
  });
});
