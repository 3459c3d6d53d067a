import { beforeAll, describe, expect, it } from 'vitest';
import { checkOffer, MAX_REPLY_CHARS, RED_FLAG_IDS, renderOfferCheck, type OfferCheckResult, type OfferTranslate } from '../../../lambdas/core/offer-check';
import { LANGUAGE_CODES, type LanguageCode } from '../../../lambdas/core/languages';
import { offerStrings, topicIds } from './strings';

let strings: (language: LanguageCode) => OfferTranslate;
let topics: Set<string>;
beforeAll(async () => {
  strings = await offerStrings();
  topics = await topicIds();
});

/** Every sign at once, each with the longest evidence a check can quote. */
const everything: OfferCheckResult = {
  flags: [...RED_FLAG_IDS],
  evidence: Object.fromEntries(RED_FLAG_IDS.map((id) => [id, `*${'x'.repeat(66)}…`])),
};

describe('rendering a check', () => {
  it.each(LANGUAGE_CODES)('shows every sign with its right, within WhatsApp limits, in %s', (language) => {
    const t = strings(language);
    const replies = renderOfferCheck(everything, t);
    const all = replies.map((r) => r.text).join('\n');
    for (const id of RED_FLAG_IDS) {
      expect(all).toContain(t(`flags.${id}.title`));
      expect(all).toContain(t(`flags.${id}.right`));
    }
    expect(all).toContain(t('summary.found', { count: RED_FLAG_IDS.length }));
    expect(all).toContain(t('where'));
    expect(all).not.toMatch(/\{\{|flags\.|summary\./u);
    for (const reply of replies) expect(reply.text.length).toBeLessThanOrEqual(MAX_REPLY_CHARS);
    const last = replies.at(-1);
    expect(last?.choicesLabel?.length).toBeLessThanOrEqual(20);
    for (const choice of last?.choices ?? []) expect(choice.title.length, choice.title).toBeLessThanOrEqual(20);
  });

  it('offers at most three related topics that exist, then the menu', () => {
    const t = strings('en');
    for (const result of [everything, checkOffer('URGENT, pay 500$ fee'), checkOffer('Keep this offer secret'), checkOffer('')]) {
      const choices = renderOfferCheck(result, t).at(-1)?.choices ?? [];
      const ids = choices.map((c) => c.id);
      expect(ids.at(-1)).toBe('menu');
      const topicChoices = ids.slice(0, -1);
      expect(topicChoices.length).toBeGreaterThan(0);
      expect(topicChoices.length).toBeLessThanOrEqual(3);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of topicChoices) expect(topics.has(id.replace(/^topic:/u, '')), id).toBe(true);
    }
  });

  it('points each sign to its own topic first, and to complaints when there is room', () => {
    const ids = (text: string) => renderOfferCheck(checkOffer(text), strings('en')).at(-1)?.choices?.map((c) => c.id);
    expect(ids('Pay the 300$ registration fee')).toEqual(['topic:rights.fair-recruitment', 'topic:rights.complaints-and-remedies', 'menu']);
    expect(ids('The agency will keep your passport. Contract on arrival.')).toEqual([
      'topic:rights.keep-your-documents',
      'topic:rights.written-contract',
      'topic:rights.complaints-and-remedies',
      'menu',
    ]);
  });

  it('says that finding nothing proves nothing, and still says where to check', () => {
    const t = strings('en');
    const text = renderOfferCheck(checkOffer('Warehouse job with Nordlager GmbH, written contract before departure.'), t).map((r) => r.text).join('\n');
    expect(text).toContain(t('summary.none'));
    expect(text).toMatch(/does not prove/u);
    expect(text).toContain(t('where'));
  });

  it('quotes the evidence without the sender\'s formatting marks', () => {
    const replies = renderOfferCheck({ flags: ['fee'], evidence: { fee: '*pay* _500$_' } }, strings('en'));
    expect(replies[0]?.text).toContain('“pay 500$”');
  });

  it('renders guided answers, which have no evidence, without quotes', () => {
    const text = renderOfferCheck({ flags: ['passport'], evidence: {} }, strings('fr')).map((r) => r.text).join('\n');
    expect(text).not.toContain('Le message dit');
    expect(text).toContain(strings('fr')('flags.passport.right'));
  });
});
