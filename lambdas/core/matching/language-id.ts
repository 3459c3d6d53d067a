import type { LanguageCode } from '../languages';
import { LATIN_SEEDS } from './language-seeds';
import { foldForMatching, isArabizi, normalizeText, scriptOf, tokenize } from './normalize';
import { ROMANISED_STOPWORDS, STOPWORDS, words } from './stopwords';

/**
 * Which of the ten languages a message is in. Script decides first (Ge'ez is
 * Tigrinya, Cyrillic is Ukrainian); Arabic script is split into Arabic, Dari
 * and Pashto by their own letters and function words; Latin script by function
 * words and character-trigram profiles. Short or mixed texts get a low
 * confidence, so the bot offers to switch language only when it is sure
 * (see `LANGUAGE_SWITCH_CONFIDENCE`).
 */
export interface LanguageGuess {
  language: LanguageCode;
  /** 0..1: how sure; below `LANGUAGE_SWITCH_CONFIDENCE` do not act on it alone. */
  confidence: number;
}

/** Confidence above which a bot may offer to switch to the detected language. */
export const LANGUAGE_SWITCH_CONFIDENCE = 0.7;

const PASHTO_LETTERS = /[ټډړښږځڅېۍڼګ]/gu;
const PERSIAN_LETTERS = /[پچژگ]/gu;
const PERSIAN_KEYBOARD = /[یک]/gu;
const ARABIC_ONLY = /[ةى]|(^|\s)ال/gu;

const stopSets = new Map<LanguageCode, Set<string>>(
  (Object.entries(STOPWORDS) as [LanguageCode, string][]).map(([lang, list]) => [lang, new Set(words(list).map(foldForMatching))]),
);
const romanisedSets = new Map<LanguageCode, Set<string>>(
  (Object.entries(ROMANISED_STOPWORDS) as [LanguageCode, string][]).map(([lang, list]) => [lang, new Set(words(list))]),
);

function hits(tokens: string[], lang: LanguageCode, sets = stopSets): number {
  const set = sets.get(lang);
  return set ? tokens.filter((t) => set.has(t)).length : 0;
}

/** Grows with the number of words: one word is never enough to be sure. */
function lengthFactor(tokens: number): number {
  return Math.min(1, 0.35 + 0.17 * (tokens - 1));
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Softmax over scores; returns the best language and its share. */
function pick(scores: [LanguageCode, number][]): LanguageGuess {
  const max = Math.max(...scores.map(([, s]) => s));
  const exp = scores.map(([l, s]) => [l, Math.exp(s - max)] as const);
  const total = exp.reduce((sum, [, e]) => sum + e, 0);
  const [language, e] = exp.reduce((a, b) => (b[1] > a[1] ? b : a));
  return { language, confidence: e / total };
}

function arabicScript(text: string, tokens: string[]): LanguageGuess {
  const ps = 3 * count(text, PASHTO_LETTERS) + 2 * hits(tokens, 'ps');
  const fa = 1.5 * count(text, PERSIAN_LETTERS) + 0.5 * count(text, PERSIAN_KEYBOARD) + 2 * hits(tokens, 'fa-AF');
  const ar = 1.5 * count(text, ARABIC_ONLY) + 0.3 * count(text, /[يك]/gu) + 2 * hits(tokens, 'ar');
  const guess = pick([['ar', ar], ['fa-AF', fa], ['ps', ps]]);
  return { language: guess.language, confidence: guess.confidence * lengthFactor(tokens.length) };
}

type Profile = { grams: Map<string, number>; total: number };

function trigrams(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const padded = ` ${token} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  }
  return out;
}

const LATIN = Object.keys(LATIN_SEEDS) as (keyof typeof LATIN_SEEDS)[];
const PROFILES = new Map<LanguageCode, Profile>(
  LATIN.map((lang) => {
    const grams = new Map<string, number>();
    const all = trigrams(normalizeText(LATIN_SEEDS[lang]));
    for (const g of all) grams.set(g, (grams.get(g) ?? 0) + 1);
    return [lang, { grams, total: all.length }];
  }),
);
const VOCABULARY = new Set([...PROFILES.values()].flatMap((p) => [...p.grams.keys()])).size;

/** Accented letters typed by people who have them on their keyboard. */
const ACCENTS: [LanguageCode, RegExp][] = [
  ['fr', /[éèêëàâçùûôîœ]/gu],
  ['es', /[ñáíóú¿¡]/gu],
];

function latinScript(raw: string, text: string, tokens: string[]): LanguageGuess {
  const grams = trigrams(text);
  const scores: [LanguageCode, number][] = LATIN.map((lang) => {
    const profile = PROFILES.get(lang) as Profile;
    let logLikelihood = 0;
    for (const g of grams) logLikelihood += Math.log(((profile.grams.get(g) ?? 0) + 0.5) / (profile.total + 0.5 * VOCABULARY));
    const accents = ACCENTS.find(([l]) => l === lang);
    const accentHits = accents ? count(raw.toLowerCase(), accents[1]) : 0;
    return [lang, 0.5 * logLikelihood + 1.5 * hits(tokens, lang) + 1.5 * Math.min(accentHits, 3)];
  });
  const latin = pick(scores);
  const bestHits = hits(tokens, latin.language);
  const arabizi = tokens.filter(isArabizi).length;
  const romanised = (['ar', 'fa-AF', 'ps'] as LanguageCode[])
    .map((lang) => [lang, hits(tokens, lang, romanisedSets) + (lang === 'ar' ? 1.5 * arabizi : 0)] as const)
    .reduce((a, b) => (b[1] > a[1] ? b : a));
  if (romanised[1] >= 2 && romanised[1] > bestHits) {
    return { language: romanised[0], confidence: Math.min(0.6, 0.2 * romanised[1]) * lengthFactor(tokens.length) };
  }
  return { language: latin.language, confidence: latin.confidence * lengthFactor(tokens.length) };
}

/** Detects the language of a message; `fallback` (default English) when there is nothing to go on. */
export function detectLanguage(raw: string, fallback: LanguageCode = 'en'): LanguageGuess {
  const text = normalizeText(raw);
  /** Folded, so a Dari speaker on an Arabic keyboard (ي for ی) still hits Dari function words. */
  const tokens = tokenize(foldForMatching(raw));
  const letters = count(text, /\p{L}/gu);
  if (letters < 2) return { language: fallback, confidence: 0 };
  switch (scriptOf(text)) {
    case 'ethiopic':
      return { language: 'ti', confidence: letters >= 3 ? 0.95 : 0.7 };
    case 'cyrillic': {
      const ukrainian = count(text, /[іїєґ]/gu) > 0 || hits(tokens, 'uk') >= 2;
      const russian = count(text, /[ыэъё]/gu) > 0;
      const base = ukrainian ? 0.95 : russian ? 0.6 : 0.8;
      return { language: 'uk', confidence: letters >= 4 ? base : Math.min(base, 0.6) };
    }
    case 'arabic':
      return arabicScript(text, tokens);
    case 'latin':
      return latinScript(raw, text, tokens);
    default:
      return { language: fallback, confidence: 0 };
  }
}
