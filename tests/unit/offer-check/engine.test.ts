import { describe, expect, it } from 'vitest';
import { checkOffer, RED_FLAG_IDS, RED_FLAGS } from '../../../lambdas/core/offer-check';
import { anonymousContact } from '../../../lambdas/core/offer-check/contact';
import { findMoney, monthly } from '../../../lambdas/core/offer-check/money';
import { compilePhrase, matchAt } from '../../../lambdas/core/offer-check/phrase';
import { PATTERNS } from '../../../lambdas/core/offer-check/red-flags';
import { compileLanguage } from '../../../lambdas/core/offer-check/rules';
import { quote, tokenizeOffer } from '../../../lambdas/core/offer-check/tokens';
import { LANGUAGE_CODES } from '../../../lambdas/core/languages';

const languages = Object.values(PATTERNS).map(compileLanguage);
const flagsOf = (text: string) => checkOffer(text).flags;

describe('tokens', () => {
  it('keeps numbers whole, in any digits, and turns currency signs into words', () => {
    const tokens = tokenizeOffer('1.800,50€ or $3,000 or ٢٥٠٠ دولار or 1 900 € or 14.50/h');
    const numbers = tokens.filter((t) => t.kind === 'number').map((t) => t.value);
    expect(numbers).toEqual([1800.5, 3000, 2500, 1900, 14.5]);
    expect(tokens.map((t) => t.text)).toContain('eur');
    expect(tokens.map((t) => t.text)).toContain('usd');
  });

  it('marks clause and sentence breaks, but reads on into a bracket', () => {
    const [, comma, stop, bracket] = tokenizeOffer('a, b. c (d').map((t) => t.breakBefore);
    expect([comma, stop, bracket]).toEqual([1, 2, 0]);
  });

  it('quotes the original words, on one line and short', () => {
    const text = 'Pay   THE\nfee now';
    const tokens = tokenizeOffer(text);
    expect(quote(text, tokens, 0, 3)).toBe('Pay THE fee');
    expect(quote('word '.repeat(40), tokenizeOffer('word '.repeat(40)), 0, 40).length).toBeLessThanOrEqual(70);
  });
});

describe('phrase language', () => {
  const at = (source: string, text: string) => {
    const tokens = tokenizeOffer(text);
    const ctx = { tokens, lumpSumEnd: () => undefined, blocks: (t: { text: string }) => t.text === 'not' };
    return tokens.some((_, i) => matchAt(compilePhrase(source), i, ctx) !== undefined);
  };

  it('matches prefixes, suffixes (clitics), typos and folded spellings', () => {
    expect(at('passport*?', 'passports')).toBe(true);
    expect(at('passport*?', 'pasport')).toBe(true);
    expect(at('passport?', 'passprot')).toBe(true);
    expect(at('*جواز*', 'بجوازك')).toBe(true);
    expect(at('віза', 'ВИЗА')).toBe(true);
    expect(at('frais ~ inscription', 'Frais d’inscription')).toBe(false);
    expect(at('frais ~ *inscription', 'Frais d’inscription')).toBe(true);
  });

  it('lets a gap skip up to three words, but never a negation or a break', () => {
    expect(at('keep ~ passport', 'keep your old red passport')).toBe(true);
    expect(at('keep ~ passport', 'keep your very old red passport')).toBe(false);
    expect(at('keep ~ passport', 'keep not passport')).toBe(false);
    expect(at('keep ~ passport', 'keep it. Passport')).toBe(false);
  });

  it('refuses a pattern that does not fold to one word', () => {
    expect(() => compilePhrase('sp.z')).toThrow(/one word/u);
    expect(() => compilePhrase('~ fee')).toThrow(/gap/u);
  });

  it('compiles every language, with phrases for every sign', () => {
    expect(Object.keys(PATTERNS).sort()).toEqual([...LANGUAGE_CODES].sort());
    for (const flag of RED_FLAGS) {
      for (const code of LANGUAGE_CODES) expect(flag.patterns[code].match.length, `${flag.id} ${code}`).toBeGreaterThan(0);
    }
    expect(RED_FLAGS.map((f) => f.id)).toEqual([...RED_FLAG_IDS]);
  });
});

describe('money', () => {
  it('tells a wage from a sum to pay, within the same clause', () => {
    const money = findMoney(tokenizeOffer('Salary 1800€/month, pay 500$ visa fee'), languages);
    expect(money.map((m) => [m.amount, m.wage])).toEqual([[1800, true], [500, false]]);
  });

  it('brings hourly, weekly and yearly wages to a month, nearest period first', () => {
    const [hour] = findMoney(tokenizeOffer('€14/hour'), languages);
    const [year] = findMoney(tokenizeOffer('300000 руб в год'), languages);
    expect(hour && monthly(hour)).toBe(14 * 170);
    expect(year?.period).toBe('year');
  });
});

describe('warning signs', () => {
  it('sees money asked of the worker, but not money the employer pays', () => {
    expect(flagsOf('You must pay a deposit of 300 USD')).toEqual(['fee']);
    expect(flagsOf('Proccessing fee 300$')).toEqual(['fee']);
    expect(flagsOf('No recruitment fees. The employer pays the visa fee. Visa cost (paid by the employer).')).toEqual([]);
    expect(flagsOf('We send you 200 € pocket money on arrival.')).toEqual([]);
  });

  it('sees a passport kept by others, but not one kept by its owner', () => {
    expect(flagsOf('The agency will hold your passport until you repay the ticket')).toEqual(['passport']);
    expect(flagsOf('Keep your passport with you. We never keep your passport. Send us a copy of your passport.')).toEqual([]);
  });

  it('needs both a high wage and "no experience" for pay that is too good', () => {
    expect(flagsOf('Salary 3200 USD monthly, no experiance needed')).toEqual(['high-wage']);
    expect(flagsOf('Salary 3200 USD monthly, nurses with 3 years of experience')).toEqual([]);
    expect(flagsOf('No experience needed, 1200 EUR per month')).toEqual([]);
  });

  it('reads a contract before departure as fair, on arrival as a sign', () => {
    expect(flagsOf('Contract signed before arrival.')).toEqual([]);
    expect(flagsOf('Contract will be signed after arrival.')).toEqual(['no-contract']);
  });

  it.each([
    ['ar', 'احذر: لا تدفع أي رسوم لأي وكيل، ولا تسلّم جواز سفرك لأحد.'],
    ['fr', 'Attention aux arnaques : ne payez jamais de frais de dossier et ne donnez jamais votre passeport.'],
    ['uk', 'Увага! Ніколи не платіть за працевлаштування і не віддавайте паспорт.'],
    ['sw', 'Tahadhari: usilipe ada yoyote ya usajili kwa wakala.'],
    ['so', 'Ogow: ha bixin lacag diiwaangelin, baasaboorkaagana cidna ha siin.'],
    // A Pashto phrase (فیس) meets Dari text: Dari's negation must still count.
    ['fa-AF', 'هوشیار باشید: هیچ فیس به ایجنت ندهید.'],
  ])('keeps quiet on a warning not to pay (%s)', (_, text) => {
    expect(flagsOf(text)).toEqual([]);
  });

  it('finds signs in a mixed-language message', () => {
    expect(flagsOf('الفيزا مضمونة 100%, send passport to agent, URGENT')).toEqual(['passport', 'visa-sold', 'pressure']);
  });

  it('checks a long message quickly', () => {
    const long = 'Warehouse work in Bremen with Nordlager GmbH, written contract before departure. '.repeat(60);
    const started = performance.now();
    expect(flagsOf(long)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('an employer you cannot look up', () => {
  const contact = (text: string) => anonymousContact(text, tokenizeOffer(text));

  it('quotes a lone phone or messenger contact', () => {
    expect(contact('Jobs in Dubai. WhatsApp: +971 50 123 4567')).toBe('WhatsApp: +971 50 123 4567');
    expect(contact('Jobs in Dubai. Call 0552345678')).toBe('0552345678');
    expect(contact('Jobs in Dubai, contact us on Telegram')).toBe('Telegram');
  });

  it('is satisfied by a legal form, a company website or a company e-mail, not a free one', () => {
    expect(contact('Nordlager GmbH, WhatsApp +49 151 2345 6789')).toBeUndefined();
    expect(contact('Apply at www.nordlager.de or WhatsApp +49 151 2345 6789')).toBeUndefined();
    expect(contact('Write to jobs.dubai2025@gmail.com or WhatsApp +971 50 123 4567')).toBe('WhatsApp +971 50 123 4567');
    expect(contact('Jobs in Poland.No experience. WhatsApp +48 512 345 678')).toBe('WhatsApp +48 512 345 678');
  });
});
