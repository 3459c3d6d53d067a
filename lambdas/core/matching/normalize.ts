/**
 * Per-script text normalisation for matching. People type on phones, often on
 * a keyboard made for another language, without diacritics, with emoji and
 * with digits from their own script; both the corpus and the query go through
 * the same functions so that such variants meet on one form.
 *
 * Two levels: `normalizeText` keeps distinctions that language ID needs
 * (Pashto and Persian letters); `foldForMatching` folds them away.
 */

/** Digits of Arabic, Persian/Urdu and Ethiopic script, mapped to ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\u1369-\u1371]/gu, (d) => {
    const cp = d.codePointAt(0) ?? 0;
    if (cp >= 0x1369) return String(cp - 0x1368);
    return String(cp >= 0x06f0 ? cp - 0x06f0 : cp - 0x0660);
  });
}

/** Arabic tashkeel, Quranic marks, superscript alef and tatweel carry no meaning for matching. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;
/** Apostrophes: Ukrainian (м'ясо), Somali glottal stop (su'aal), Swahili ng', Arabizi. */
const APOSTROPHES = /['\u2019\u2018\u02BC\u02BB\u0060\u00B4]/gu;
/** Zero-width characters; ZWNJ joins Persian morphemes (می‌خواهم ~ میخواهم). */
const ZERO_WIDTH = /[\u200B-\u200F\u2060\uFEFF]/gu;

/**
 * Case folding, NFKC, digits to ASCII, Latin and Cyrillic accents removed
 * (but not Cyrillic й/ї, which are letters), Arabic marks removed, punctuation
 * and emoji turned into spaces. Script-specific letters are kept.
 */
export function normalizeText(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  s = asciiDigits(s).replace(ZERO_WIDTH, '').replace(ARABIC_MARKS, '');
  // Decompose, drop combining marks except the Cyrillic breve/diaeresis (й, ї), recompose.
  s = s
    .normalize('NFD')
    .replace(/([^\u0400-\u04FF])\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/\p{M}+/gu, (m) => (/[\u0306\u0308]/u.test(m) ? m : ''))
    .normalize('NFC');
  s = s.replace(/œ/gu, 'oe').replace(/æ/gu, 'ae').replace(/ß/gu, 'ss');
  s = s.replace(APOSTROPHES, '');
  // Ethiopic word space and punctuation (፡ ። ፣ ፤ ፥ ፦ ፧ ፨) and everything else that is not a letter or digit.
  s = s.replace(/[\u1360-\u1368]/gu, ' ').replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ');
  return s.trim();
}

/** Arabic-script letters folded for matching (keyboards differ; Pashto letters fold to their nearest Persian/Arabic form). */
const ARABIC_FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ئ': 'ي', 'ے': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ھ': 'ه', 'ہ': 'ه',
  'ک': 'ك', 'ګ': 'گ', 'ڪ': 'ك', 'ؤ': 'و', 'ء': '',
  'ټ': 'ت', 'ډ': 'د', 'ړ': 'ر', 'ښ': 'ش', 'ږ': 'ژ', 'ځ': 'ز', 'څ': 'س', 'ڼ': 'ن',
};

/** Cyrillic folded for matching: Ukrainians on a Russian layout type и/ы for і, е/э for є, ъ for the apostrophe. */
const CYRILLIC_FOLD: Record<string, string> = {
  'ї': 'і', 'і': 'и', 'ы': 'и', 'й': 'и', 'ґ': 'г', 'є': 'е', 'э': 'е', 'ё': 'е', 'ъ': '', 'ь': '',
};

/** Ethiopic letters that Tigrinya spelling uses interchangeably. */
const ETHIOPIC_FOLD: Record<string, string> = { 'ሠ': 'ሰ', 'ፀ': 'ጸ', 'ኀ': 'ሐ' };

function foldChars(s: string, map: Record<string, string>, pattern: RegExp): string {
  return s.replace(pattern, (c) => map[c] ?? c);
}

/** Normalises and folds script-internal variants so different keyboards and spellings meet. */
export function foldForMatching(text: string): string {
  let s = normalizeText(text);
  s = foldChars(s, ARABIC_FOLD, /[أإآٱٲٳىیېۍئےةۀەھہکګڪؤءټډړښږځڅڼ]/gu);
  s = foldChars(s, CYRILLIC_FOLD, /[їіыйґєэёъь]/gu);
  s = foldChars(s, ETHIOPIC_FOLD, /[ሠፀኀ]/gu);
  return s.replace(/\s+/gu, ' ').trim();
}

/** Splits normalised text into tokens. */
export function tokenize(normalized: string): string[] {
  return normalized.split(' ').filter((t) => t.length > 0);
}

/** Ethiopic syllables come in rows of eight (consonant × vowel order); the first of a row is the bare consonant. */
export function ethiopicConsonantBase(token: string): string {
  return token.replace(/[\u1200-\u135A]/gu, (c) => {
    const cp = c.codePointAt(0) ?? 0;
    return String.fromCodePoint(cp - ((cp - 0x1200) % 8));
  });
}

/** Arabizi digits stand for Arabic letters with no Latin equivalent (3 = ع, 7 = ح, 5 = خ, ...). */
const ARABIZI: Record<string, string> = { '2': '', '3': '', '4': 'dh', '5': 'kh', '6': 't', '7': 'h', '8': 'gh', '9': 'q' };

/** True when a Latin token mixes letters with Arabizi digits, as in "3ayez", "sa7", "ma3lesh". */
export function isArabizi(token: string): boolean {
  return /[a-z]/u.test(token) && /[2-9]/u.test(token) && !/^\d+(st|nd|rd|th|h|am|pm|kg|km|x)$/u.test(token);
}

/**
 * A Latin consonant skeleton: Arabizi digits become letters, common spelling
 * variants of romanised Arabic, Dari and Pashto are unified (ch/sh, ou/u, dj/j,
 * kh/x), vowels and doubled letters are dropped. "sho8l", "shoghl" and
 * "shughul" all become "shghl". Ethiopic tokens get their consonant base.
 */
export function skeleton(token: string): string {
  if (/[\u1200-\u137F]/u.test(token)) return ethiopicConsonantBase(token);
  if (!/^[a-z0-9]+$/u.test(token)) return '';
  let s = token.replace(/[2-9]/gu, (d) => ARABIZI[d] ?? d);
  s = s.replace(/ch/gu, 'sh').replace(/dj/gu, 'j').replace(/ou/gu, 'u').replace(/ph/gu, 'f').replace(/ck/gu, 'k');
  s = s.replace(/[aeiou]/gu, '').replace(/(.)\1+/gu, '$1');
  return s.replace(/[0-9]/gu, '');
}

/** The dominant script of a text, for language ID and script-aware stemming. */
export type Script = 'latin' | 'arabic' | 'cyrillic' | 'ethiopic' | 'other';

export function scriptOf(text: string): Script {
  const counts = { latin: 0, arabic: 0, cyrillic: 0, ethiopic: 0, other: 0 };
  for (const ch of text) {
    if (/[a-z\u00C0-\u024F]/iu.test(ch)) counts.latin++;
    else if (/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u.test(ch)) counts.arabic++;
    else if (/[\u0400-\u04FF]/u.test(ch)) counts.cyrillic++;
    else if (/[\u1200-\u139F\u2D80-\u2DDF\uAB00-\uAB2F]/u.test(ch)) counts.ethiopic++;
    else if (/\p{L}/u.test(ch)) counts.other++;
  }
  let best: Script = 'other';
  let max = 0;
  for (const [script, n] of Object.entries(counts) as [Script, number][]) {
    if (n > max) [best, max] = [script, n];
  }
  return best;
}
