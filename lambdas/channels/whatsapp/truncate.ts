import { boundedGraphemes, farthestEnd, findBreaks, prefixLengths } from './graphemes';
import { measure } from './limits';

/** The mark that shows a title was shortened. It is one code unit long. */
export const ELLIPSIS = '\u2026';

/** Result of {@link truncate}. */
export interface Truncated {
  text: string;
  /** True when `text` is shorter than the input and ends with the ellipsis. */
  truncated: boolean;
}

/**
 * Shortens `text` to at most `max` code units and marks the cut with "…".
 * Meta rejects, rather than shortens, titles and labels that are too long.
 *
 * The cut goes at the last word boundary that still keeps at least half of
 * the room. Otherwise (one long word, or a script written without spaces) it
 * goes at the last grapheme boundary, so combining marks, Ge'ez syllables
 * and emoji sequences stay whole. Punctuation and spaces just before the
 * ellipsis are dropped ("Work, study…", not "Work,…").
 *
 * @throws RangeError if `max` leaves no room for one code point plus the ellipsis.
 */
export function truncate(text: string, max: number): Truncated {
  if (measure(text) <= max) return { text, truncated: false };
  const budget = max - ELLIPSIS.length;
  if (!Number.isInteger(budget) || budget < 2) throw new RangeError(`truncation size must be an integer >= 3, got ${max}`);
  const gs = boundedGraphemes(text, budget);
  const sums = prefixLengths(gs);
  const end = farthestEnd(sums, 0, budget);
  const wordEnd = findBreaks(gs)
    .filter((br) => br.end <= end)
    .at(-1)?.end;
  const cut = wordEnd !== undefined && (sums[wordEnd] ?? 0) * 2 >= budget ? wordEnd : end;
  const kept = gs.slice(0, cut).join('');
  const tidy = kept.replace(/[\s\p{Po}\p{Pd}]+$/u, '');
  return { text: (tidy || kept) + ELLIPSIS, truncated: true };
}

/**
 * Collapses whitespace, including newlines, to single spaces and trims the
 * ends. Titles, labels and ids are shown on one line.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
