import { boundedGraphemes, farthestEnd, findBreaks, prefixLengths, type Break } from './graphemes';
import { WHATSAPP_LIMITS } from './limits';

/**
 * Splits a long text into parts that each fit `max` code units, so a long
 * answer reaches the person as several messages instead of being rejected.
 *
 * Each part ends at the last sentence end that fits. Newlines and the
 * terminators `. ! ? … ؟ ۔ ። ፧ ।` count as sentence ends. If no sentence
 * end fits, the part ends at the last whitespace, and only a single word
 * longer than `max` is cut inside the word. Cuts always fall on grapheme
 * boundaries, except inside one grapheme that is itself longer than `max`.
 * The whitespace at a split point is dropped, the whole text is trimmed, and
 * nothing else changes: joining the parts with the dropped whitespace gives
 * back the trimmed original.
 *
 * @returns the parts in order; `[]` for a blank text.
 * @throws RangeError if `max` is below 2, the smallest size that always has
 *   room for one code point.
 */
export function splitText(text: string, max: number = WHATSAPP_LIMITS.textBody): string[] {
  const fits = fitsWhole(text, max);
  if (fits !== undefined) return fits ? [fits] : [];
  const t = prepare(text, max);
  const parts: string[] = [];
  const push = (from: number, to: number): void => {
    const part = join(t.gs, from, to);
    if (part) parts.push(part);
  };
  let start = 0;
  while (start < t.gs.length) {
    const limit = farthestEnd(t.sums, start, max);
    if (limit === t.gs.length) {
      push(start, limit);
      break;
    }
    const br = pickForward(t.breaks, start, limit);
    push(start, br ? br.end : limit);
    start = br ? br.next : limit;
  }
  return parts;
}

/**
 * Splits off the longest tail of `text` that fits `max` and starts at a
 * sentence (or, failing that, a word) boundary. Everything before it is the
 * head.
 *
 * Used for interactive messages: their body is capped at 1024, so the
 * leading text goes out first as plain text and the last part stays next to
 * the buttons it introduces.
 *
 * @returns `head` (possibly empty, still needing {@link splitText}) and
 *   `tail` (which fits `max`).
 * @throws RangeError if `max` is below 2.
 */
export function splitTail(text: string, max: number): { head: string; tail: string } {
  const fits = fitsWhole(text, max);
  if (fits !== undefined) return { head: '', tail: fits };
  const t = prepare(text, max);
  const n = t.gs.length;
  const total = t.sums[n] ?? 0;
  let s = 0;
  while (total - (t.sums[s] ?? 0) > max) s++;
  if (s === 0) return { head: '', tail: join(t.gs, 0, n) };
  const br = pickBackward(t.breaks, s);
  return br
    ? { head: join(t.gs, 0, br.end), tail: join(t.gs, br.next, n) }
    : { head: join(t.gs, 0, s), tail: join(t.gs, s, n) };
}

/**
 * Most texts fit as they are: then the answer is the trimmed text, with no
 * grapheme segmentation (the costliest step, and on every reply). Returns
 * undefined when the text needs splitting.
 */
function fitsWhole(text: string, max: number): string | undefined {
  if (!Number.isInteger(max) || max < 2) throw new RangeError(`split size must be an integer >= 2, got ${max}`);
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : undefined;
}

interface Prepared {
  gs: string[];
  sums: number[];
  breaks: Break[];
}

function prepare(text: string, max: number): Prepared {
  if (!Number.isInteger(max) || max < 2) throw new RangeError(`split size must be an integer >= 2, got ${max}`);
  const gs = boundedGraphemes(text.trim(), max);
  return { gs, sums: prefixLengths(gs), breaks: findBreaks(gs) };
}

/** The last sentence break in `(start, limit]`, else the last space, else none. */
function pickForward(breaks: readonly Break[], start: number, limit: number): Break | undefined {
  let sentence: Break | undefined;
  let space: Break | undefined;
  for (const br of breaks) {
    if (br.end > limit) break;
    if (br.end <= start) continue;
    if (br.kind === 'sentence') sentence = br;
    else space = br;
  }
  return sentence ?? space;
}

/** The first sentence break whose tail starts at or after `s`, else the first such space. */
function pickBackward(breaks: readonly Break[], s: number): Break | undefined {
  const eligible = breaks.filter((br) => br.next >= s);
  return eligible.find((br) => br.kind === 'sentence') ?? eligible[0];
}

/**
 * The text of `gs[from..to)`, trimmed. Breaks never fall on no-break
 * spaces, but a forced cut inside a long no-break run may leave one at an
 * edge.
 */
function join(gs: readonly string[], from: number, to: number): string {
  return gs.slice(from, to).join('').trim();
}
