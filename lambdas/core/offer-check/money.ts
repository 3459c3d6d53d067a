import { compilePhrase, matchAt, wordMatches, type MatchContext } from './phrase';
import type { Period } from './patterns/types';
import type { CompiledLanguage } from './rules';
import type { Token } from './tokens';

/**
 * Amounts of money in an offer, and which of them are wages. A scam's
 * amounts are of two kinds: a lump sum the worker must pay ("500$ visa
 * processing") and a wage that lures ("3000 USD per month"). An amount with
 * a period ("/month") or next to a word for pay ("salary") is a wage;
 * any other amount is a lump sum.
 */
export interface Money {
  start: number;
  end: number;
  amount: number;
  /** In a currency where a monthly wage can be compared with one threshold (USD, EUR, GBP...). */
  hard: boolean;
  wage: boolean;
  period?: Period;
  /** End of the period words, when they follow the amount (for quoting). */
  periodEnd?: number;
}

/** Currencies whose wages we can compare with one threshold; names in the ten languages' spellings. */
const HARD = compilePhrase(
  'usd|eur|gbp|chf|cad|aud|dollar|dollars|euro|euros|pound|pounds|dolar|dolares|dola|doolar|doollar|yuuro|yuro|*دولار|*يورو|*یورو|*دالر|*ډالر|*پوند|долар*|доллар*|дол|євро|евро|ዶላር|ዩሮ|ኤውሮ',
);
/** Other currencies: any of them can be a fee, none is compared as a wage. */
const SOFT = compilePhrase(
  'sar|aed|qar|kwd|omr|bhd|jod|pln|fcfa|cfa|xof|czk|kc|korun*|nok|sek|dkk|крон*|zl|zł|zloty|zlotych|uah|rub|try|tl|kes|ksh|ugx|tzs|sos|etb|ern|afn|egp|lbp|rial|riyal|riyals|dirham*|dinar*|lira|birr|nakfa|shilingi|shilling*|afghani*|*ريال|*درهم|*دينار|*ليره|*جنيه|*افغاني|*افغانی|*روپیه|*کلدار|злот*|грн|гривн*|гривень|руб*|ብር|ናቕፋ',
);
/** "500 US dollars": a qualifier between the number and the currency. */
const QUALIFIER = compilePhrase('us|american|amerikan|ameerikaan|ya+kimarekani|امريكي|امریکایی|امریکایي|американських|американских');

/** Monthly wage from which, with "no experience needed" or the like, pay looks too good to be true. */
export const HIGH_MONTHLY_WAGE = 2500;

const PER_MONTH: Record<Period, number> = { month: 1, week: 4.33, day: 22, hour: 170, year: 1 / 12 };

/** A wage brought to a month (an amount with no period is taken as monthly). */
export function monthly(money: Money): number {
  return money.amount * PER_MONTH[money.period ?? 'month'];
}

const isCurrency = (t: Token | undefined) => t !== undefined && t.kind === 'word' && (wordMatches(HARD, t) || wordMatches(SOFT, t));

export function findMoney(tokens: readonly Token[], languages: readonly CompiledLanguage[]): Money[] {
  const found: Money[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const number = tokens[i];
    if (number?.kind !== 'number') continue;
    let j = i + 1;
    let amount = number.value;
    if (tokens[j]?.text === 'k' && tokens[j]?.breakBefore === 0) [amount, j] = [amount * 1000, j + 1];
    const qualified = tokens[j] && wordMatches(QUALIFIER, tokens[j] as Token) ? j + 1 : j;
    const after = tokens[qualified];
    const before = tokens[i - 1];
    const taken = found.at(-1)?.end ?? 0;
    if (amount === 0) continue;
    if (isCurrency(after) && after?.breakBefore === 0) found.push(classify(tokens, i, qualified + 1, amount, after as Token, languages));
    else if (isCurrency(before) && number.breakBefore === 0 && i - 1 >= taken) found.push(classify(tokens, i - 1, j, amount, before as Token, languages));
  }
  return found;
}

function classify(tokens: readonly Token[], start: number, end: number, amount: number, currency: Token, languages: readonly CompiledLanguage[]): Money {
  const ctx: MatchContext = { tokens, lumpSumEnd: () => undefined, blocks: () => false };
  const money: Money = { start, end, amount, hard: wordMatches(HARD, currency), wage: false };
  // "1800€/month, pay 500$": a period or a pay word belongs to the amount only within the same clause.
  const sameClause = (from: number, to: number) => tokens.slice(from + 1, to + 1).every((t) => t.breakBefore === 0);
  const periods = languages.flatMap((l) => l.periods);
  // The nearest period wins: "300 000 руб в год" is per year, not per hour ("год").
  for (let s = end; s <= end + 2 && s < tokens.length && money.period === undefined && sameClause(end - 1, s); s++) {
    for (const [period, phrase] of periods) {
      const e = matchAt(phrase, s, ctx);
      if (e !== undefined) {
        Object.assign(money, { period, periodEnd: e });
        break;
      }
    }
  }
  for (let s = start - 1; s >= Math.max(0, start - 3) && money.period === undefined && sameClause(s, start); s--) {
    for (const [period, phrase] of periods) {
      const e = matchAt(phrase, s, ctx);
      if (e !== undefined && e <= start && start - e <= 1) {
        money.period = period;
        break;
      }
    }
  }
  for (const language of languages) {
    for (let s = Math.max(0, start - 3); s <= end + 1 && !money.wage; s++) {
      if (s >= start && s < end) continue;
      const token = tokens[s];
      const near = s < start ? sameClause(s, start) : sameClause(end - 1, s);
      if (token && near && wordMatches(language.salary, token)) money.wage = true;
    }
  }
  money.wage ||= money.period !== undefined;
  return money;
}
