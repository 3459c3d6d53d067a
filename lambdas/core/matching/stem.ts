/**
 * Light, script-aware stemming: strip the commonest clitics and endings, then
 * truncate. Not a linguistic stemmer; it only has to make "visas"/"visa",
 * "والتأشيرة"/"تأشيرة" and "роботу"/"робота" meet. Input is already folded
 * (see normalize.ts). Prefix truncation is a known, language-neutral stand-in
 * for stemming in languages without a stemmer (Somali, Swahili, Tigrinya).
 */

const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];
const ARABIC_SUFFIXES = ['هاي', 'ها', 'هم', 'كم', 'نا', 'ات', 'ان', 'ون', 'ين', 'يه', 'ه', 'ي'];
const CYRILLIC_ENDINGS = /(ами|ями|ого|ому|ими|ах|ях|ив|ою|ею|ом|ем|ии|ти|ть|а|я|у|ю|и|о|е)$/u;
const LATIN_ENDINGS = /(ing|ed|es|s|e)$/u;

function stripArabic(token: string): string {
  let s = token;
  for (const p of ARABIC_PREFIXES) {
    if (s.startsWith(p) && s.length - p.length >= 3) {
      s = s.slice(p.length);
      break;
    }
  }
  for (const suffix of ARABIC_SUFFIXES) {
    if (s.endsWith(suffix) && s.length - suffix.length >= 3) {
      s = s.slice(0, -suffix.length);
      break;
    }
  }
  return s.slice(0, 5);
}

/** The stem of one folded token; short tokens are their own stem. */
export function stem(token: string): string {
  if (token.length <= 3) return token;
  if (/[\u0600-\u06FF]/u.test(token)) return stripArabic(token);
  if (/[\u0400-\u04FF]/u.test(token)) {
    const s = token.replace(CYRILLIC_ENDINGS, '');
    return (s.length >= 3 ? s : token).slice(0, 6);
  }
  if (/[\u1200-\u137F]/u.test(token)) return token.slice(0, 4);
  const s = token.replace(LATIN_ENDINGS, '');
  return (s.length >= 3 ? s : token).slice(0, 6);
}
