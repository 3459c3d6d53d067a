/**
 * Grapheme-level view of a text and the places where it may be broken.
 *
 * Splitting and truncating work on user-perceived characters (grapheme
 * clusters, found with `Intl.Segmenter`), so an Arabic letter keeps its
 * harakat, a Ge'ez syllable stays whole, and an emoji with skin tone or ZWJ
 * sequence is never cut in two.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Breakable whitespace. No-break spaces (U+00A0, U+2007, U+202F) are left out
 * on purpose, because authors use them to keep things together.
 */
const BREAKABLE_SPACE = /^[^\S\u00A0\u2007\u202F]+$/u;

/**
 * Sentence terminators: Latin . ! ?, ellipsis, Arabic question mark ؟ and
 * full stop ۔, Ethiopic full stop ። and question mark ፧, and the Devanagari
 * and CJK stops. Combining marks may follow.
 */
const TERMINATOR = /^[.!?\u2026\u203C\u2047\u061F\u06D4\u1362\u1367\u0964\u0965\u3002\uFF01\uFF1F]\p{M}*$/u;

/** Closing brackets and quotes that may follow a terminator: `"Stop." Then`. */
const CLOSER = /^[\p{Pe}\p{Pf}"'\u00BB]\p{M}*$/u;

/** Splits `text` into grapheme clusters. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * Splits into graphemes, and also breaks any single grapheme longer than
 * `max` code units into code points. This is the only way such text can fit
 * at all, so it is the only place a cluster is ever cut.
 */
export function boundedGraphemes(text: string, max: number): string[] {
  return graphemes(text).flatMap((g) => (g.length > max ? Array.from(g) : [g]));
}

/** True for a grapheme made only of breakable whitespace. */
export function isSpace(g: string | undefined): boolean {
  return g !== undefined && BREAKABLE_SPACE.test(g);
}

/** How good a break is: a sentence break beats a plain space. */
export type BreakKind = 'sentence' | 'space';

/**
 * A place where a text may be broken: the part before ends at `end`, which
 * is exclusive, and the part after starts at `next`. Both are grapheme
 * indexes. The whitespace between them is dropped.
 */
export interface Break {
  end: number;
  next: number;
  kind: BreakKind;
}

/**
 * Every run of breakable whitespace between two non-space graphemes, in
 * order. A run counts as a sentence break when it holds a newline or follows
 * a sentence terminator, with any closing brackets or quotes in between.
 */
export function findBreaks(gs: readonly string[]): Break[] {
  const breaks: Break[] = [];
  let i = 0;
  while (i < gs.length) {
    if (!isSpace(gs[i]) || i === 0 || isSpace(gs[i - 1])) {
      i++;
      continue;
    }
    let next = i;
    let newline = false;
    while (next < gs.length && isSpace(gs[next])) {
      newline ||= /[\n\r\u2028\u2029]/u.test(gs[next] ?? '');
      next++;
    }
    if (next < gs.length) {
      const kind: BreakKind = newline || endsSentence(gs, i) ? 'sentence' : 'space';
      breaks.push({ end: i, next, kind });
    }
    i = next;
  }
  return breaks;
}

/**
 * True when the text before `end` is a sentence end. A full stop right after
 * a digit ("38. Title", "٣. ...") is read as a list number, not a sentence
 * end, so numbered lines are not split after their number.
 */
function endsSentence(gs: readonly string[], end: number): boolean {
  let j = end - 1;
  while (j >= 0 && CLOSER.test(gs[j] ?? '')) j--;
  const g = gs[j] ?? '';
  if (!TERMINATOR.test(g)) return false;
  return !(g.startsWith('.') && /^\p{Nd}$/u.test(gs[j - 1] ?? ''));
}

/** Prefix sums of grapheme lengths: `sums[i]` is the code-unit length of `gs[0..i)`. */
export function prefixLengths(gs: readonly string[]): number[] {
  const sums = [0];
  for (const g of gs) sums.push((sums.at(-1) ?? 0) + g.length);
  return sums;
}

/** The largest grapheme index `e` such that `gs[start..e)` fits `max`, given the prefix sums of `gs`. */
export function farthestEnd(sums: readonly number[], start: number, max: number): number {
  const base = sums[start] ?? 0;
  let e = start;
  while (e + 1 < sums.length && (sums[e + 1] ?? Infinity) - base <= max) e++;
  return e;
}
