import { expect } from 'vitest';
import { graphemes } from '../../../../lambdas/channels/whatsapp/graphemes';

/** Holds at least one breakable whitespace character, so the cut was at a word boundary. */
const BREAKABLE_RUN = /[^\S\u00A0\u2007\u202F]/u;
const NON_SPACE_RUN = /[^\s]|[\u00A0\u2007\u202F]/u;

/** Grapheme boundary offsets of `s`, in code units. */
export function graphemeBoundaries(s: string): Set<number> {
  const set = new Set<number>([0]);
  let at = 0;
  for (const g of graphemes(s)) set.add((at += g.length));
  return set;
}

/** Length of the largest grapheme in `s`. */
export function largestGrapheme(s: string): number {
  return Math.max(0, ...graphemes(s).map((g) => g.length));
}

/** The run of characters around offset `at` of `s` with no breakable whitespace. */
function wordAround(s: string, at: number): string {
  let a = at;
  let b = at;
  while (a > 0 && NON_SPACE_RUN.test(s[a - 1] ?? '')) a--;
  while (b < s.length && NON_SPACE_RUN.test(s[b] ?? '')) b++;
  return s.slice(a, b);
}

/**
 * Asserts that `parts` are `original` split without loss: each part is a
 * trimmed, non-empty substring within `maxOf(i)`; the gaps between them are
 * whitespace only; cuts fall on grapheme boundaries (unless one grapheme
 * alone exceeds the limit); and a cut without breakable whitespace happens
 * only inside a word (no-break spaces included) longer than the limit.
 */
export function expectLosslessSplit(original: string, parts: readonly string[], maxOf: (i: number) => number): void {
  const source = original.trim();
  const bounds = graphemeBoundaries(source);
  const hugeGrapheme = largestGrapheme(source) > Math.min(...parts.map((_, i) => maxOf(i)));
  let pos = 0;
  parts.forEach((part, i) => {
    expect(part.length, `part ${i} is empty`).toBeGreaterThan(0);
    expect(part, `part ${i} is not trimmed`).toBe(part.trim());
    expect(part.length, `part ${i} too long`).toBeLessThanOrEqual(maxOf(i));
    const at = source.indexOf(part, pos);
    expect(at, `part ${i} not found in order`).toBeGreaterThanOrEqual(0);
    const gap = source.slice(pos, at);
    expect(gap.trim(), `gap before part ${i} is not whitespace`).toBe('');
    if (i === 0) expect(gap).toBe('');
    if (i > 0 && !BREAKABLE_RUN.test(gap)) {
      const limit = Math.min(maxOf(i - 1), maxOf(i));
      expect(wordAround(source, at).length, `mid-word cut before part ${i}`).toBeGreaterThan(limit);
    }
    if (!hugeGrapheme) {
      expect(bounds.has(at), `part ${i} starts mid-grapheme`).toBe(true);
      expect(bounds.has(at + part.length), `part ${i} ends mid-grapheme`).toBe(true);
    }
    pos = at + part.length;
  });
  expect(pos, 'text lost at the end').toBe(source.length);
}
