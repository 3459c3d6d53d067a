import { foldForMatching, normalizeText } from '../matching/normalize';

/**
 * Tokens of a pasted or forwarded offer. Unlike the matcher's tokens, these
 * keep their place in the original text (so evidence quotes the sender's own
 * words), keep numbers whole ("1.800,50", "3 000") and turn currency signs
 * into words ("$" → "usd"), because money is most of what a scam asks for.
 * Words are folded with the matcher's `foldForMatching`, so patterns and
 * text meet whatever the keyboard.
 */
export interface Token {
  /** Folded word, or the ASCII digits of a number. */
  text: string;
  kind: 'word' | 'number';
  /** Value of a number token. */
  value: number;
  /** Where the token is in the original text (UTF-16 offsets, end exclusive). */
  from: number;
  to: number;
  /**
   * Punctuation between the previous token and this one: 0 none (spaces,
   * colons, slashes, emoji, an opening bracket), 1 a clause break (comma,
   * closing bracket), 2 the end of
   * a sentence or a line. Phrases and guards never span a break; a
   * clarification after a comma can still cancel a match (see rules.ts).
   */
  breakBefore: 0 | 1 | 2;
}

/** A very long paste is not a job offer; reading its start bounds the work per message. */
const MAX_CHARS = 6000;

const CURRENCY_SIGNS: Record<string, string> = { '$': 'usd', '€': 'eur', '£': 'gbp', '₴': 'uah', '﷼': 'rial', '₺': 'try' };

/** Digits of other scripts, one UTF-16 unit each, so mapping them to ASCII keeps offsets. */
const OTHER_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u1369-\u1371\uFF10-\uFF19]/gu;

const NUMBER = String.raw`\d{1,3}(?:[.,'\u00A0\u202F\u066C ]\d{3})+(?:[.,\u066B]\d{1,2})?(?!\d)|\d+(?:[.,\u066B]\d{1,2}(?!\d))?`;
/** Letters with their marks; apostrophes and zero-width joiners stay inside (don't, la'aan, می‌خواهم). */
const WORD = String.raw`[\p{L}\p{M}'\u2019\u2018\u02BC\u02BB\u0060\u00B4\u200B-\u200F\u2060\uFEFF]+`;
const TOKEN = new RegExp(`(${NUMBER})|([$€£₴﷼₺])|(${WORD})`, 'gu');

const SENTENCE_END = /[.!?\n\r\u061F\u1362\u2026\u203C\u2049]/u;
/** An opening bracket is not a break: "visa cost (paid by the employer)" reads on. */
const CLAUSE_BREAK = /[,;)\]}\u060C\u061B\u1363\u1364\u1365\u1366]/u;

export function tokenizeOffer(original: string): Token[] {
  const text = original.slice(0, MAX_CHARS).replace(OTHER_DIGITS, (d) => normalizeText(d) || d);
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const from = m.index;
    const to = from + m[0].length;
    const between = text.slice(last, from);
    const breakBefore = SENTENCE_END.test(between) ? 2 : CLAUSE_BREAK.test(between) ? 1 : 0;
    last = to;
    if (m[1] !== undefined) {
      tokens.push({ text: m[1].replace(/\D/gu, ''), kind: 'number', value: numberValue(m[1]), from, to, breakBefore });
    } else if (m[2] !== undefined) {
      tokens.push({ text: CURRENCY_SIGNS[m[2]] ?? m[2], kind: 'word', value: 0, from, to, breakBefore });
    } else {
      const words = foldForMatching(m[0]).split(' ').filter((w) => w !== '');
      words.forEach((w, i) => tokens.push({ text: w, kind: 'word', value: 0, from, to, breakBefore: i === 0 ? breakBefore : 0 }));
    }
  }
  return tokens;
}

/** "1.800,50" → 1800.5, "3 000" → 3000, "14.50" → 14.5: one or two digits after the last separator are decimals. */
function numberValue(raw: string): number {
  const m = /^(.*?)(?:[.,\u066B](\d{1,2}))?$/u.exec(raw);
  const whole = (m?.[1] ?? raw).replace(/\D/gu, '');
  return Number(`${whole || '0'}.${m?.[2] ?? '0'}`);
}

/** The original words from token `start` to token `end - 1`, on one line and at most `max` characters. */
export function quote(original: string, tokens: readonly Token[], start: number, end: number, max = 70): string {
  const first = tokens[start];
  const lastToken = tokens[Math.max(start, end - 1)];
  if (!first || !lastToken) return '';
  const text = original.slice(first.from, lastToken.to).replace(/\s+/gu, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
