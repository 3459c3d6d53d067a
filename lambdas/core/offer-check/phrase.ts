import { osaDistance } from '../matching/fuzzy';
import { foldForMatching } from '../matching/normalize';
import type { Token } from './tokens';

/**
 * A tiny phrase language, so that people who know a language can add
 * warning phrases without writing regular expressions. Patterns are written
 * in ordinary spelling and folded like the text (é, ї, أ, ی meet e, и, ا, ي).
 *
 *   `fee`            the word "fee"
 *   `fee*` `*رسوم` `*جواز*`   starts with / ends with / contains (affixes, clitics)
 *   `passport?`      one typo allowed (two from nine letters): "pasport", "passprot"
 *   `fee|fees|charge`  any of these; `on+arrival` two words in a row, as one alternative
 *   `~` `~~`         up to 3 / 6 words in between (never a negation, and a phrase never spans a comma or a full stop)
 *   `$`              an amount of money that is not a wage ("500$", "USD 500")
 *   `#`              any number
 */
interface Atom {
  body: string;
  starts: boolean;
  ends: boolean;
  fuzzy: boolean;
}

type Item = { kind: 'gap'; max: number } | { kind: 'money' } | { kind: 'number' } | { kind: 'words'; alternatives: Atom[][] };

export interface Phrase {
  source: string;
  items: Item[];
}

/** What a phrase is matched against: the tokens, lump sums found in them, and words a gap may not cross. */
export interface MatchContext {
  tokens: readonly Token[];
  /** End (exclusive) of a lump sum of money starting at this token, if there is one. */
  lumpSumEnd: (index: number) => number | undefined;
  /** True for a token a `~` gap must not pass over (negations, "copy" for passports...). */
  blocks: (token: Token) => boolean;
}

export function compilePhrase(source: string): Phrase {
  const items = source.trim().split(/\s+/u).map((part): Item => {
    if (part === '~') return { kind: 'gap', max: 3 };
    if (part === '~~') return { kind: 'gap', max: 6 };
    if (part === '$') return { kind: 'money' };
    if (part === '#') return { kind: 'number' };
    return { kind: 'words', alternatives: part.split('|').map((alt) => alt.split('+').map((a) => compileAtom(a, source))) };
  });
  if (items[0]?.kind === 'gap' || items.at(-1)?.kind === 'gap') throw new Error(`offer pattern "${source}" starts or ends with a gap`);
  return { source, items };
}

function compileAtom(raw: string, source: string): Atom {
  const fuzzy = raw.endsWith('?');
  const bare = fuzzy ? raw.slice(0, -1) : raw;
  const ends = bare.startsWith('*');
  const starts = bare.endsWith('*') && bare.length > 1;
  const body = foldForMatching(bare.replace(/^\*|\*$/gu, ''));
  if (body === '' || body.includes(' ')) throw new Error(`offer pattern "${source}": "${raw}" is not one word once folded`);
  return { body, starts, ends, fuzzy };
}

/** A word matches an atom exactly, by affix, or within the allowed typos. */
function atomMatches(atom: Atom, token: Token): boolean {
  const t = token.text;
  if (atom.starts && atom.ends) return t.includes(atom.body);
  if (atom.starts) return t.startsWith(atom.body) || (atom.fuzzy && fuzzyPrefix(atom.body, t));
  if (atom.ends) return t.endsWith(atom.body);
  if (t === atom.body) return true;
  return atom.fuzzy && token.kind === 'word' && osaDistance(t, atom.body, typos(atom.body)) <= typos(atom.body);
}

const typos = (word: string) => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0);

function fuzzyPrefix(body: string, text: string): boolean {
  const d = typos(body);
  if (d === 0) return false;
  for (let k = body.length - d; k <= body.length + d; k++) {
    if (k <= text.length && osaDistance(text.slice(0, k), body, d) <= d) return true;
  }
  return false;
}

/** Every end position where `items[k..]` matches from token `pos` (first found first). */
function* ends(items: readonly Item[], k: number, pos: number, ctx: MatchContext, started: boolean): Generator<number> {
  const item = items[k];
  if (!item) {
    yield pos;
    return;
  }
  const token = ctx.tokens[pos];
  if (item.kind === 'gap') {
    for (let n = 0; n <= item.max; n++) {
      const skipped = ctx.tokens[pos + n - 1];
      if (n > 0 && (!skipped || skipped.breakBefore !== 0 || ctx.blocks(skipped))) return;
      yield* ends(items, k + 1, pos + n, ctx, started);
    }
    return;
  }
  if (!token || (started && token.breakBefore !== 0)) return;
  if (item.kind === 'money') {
    const end = ctx.lumpSumEnd(pos);
    if (end !== undefined) yield* ends(items, k + 1, end, ctx, true);
  } else if (item.kind === 'number') {
    if (token.kind === 'number') yield* ends(items, k + 1, pos + 1, ctx, true);
  } else {
    for (const alternative of item.alternatives) {
      const end = matchSequence(alternative, pos, ctx, started);
      if (end !== undefined) yield* ends(items, k + 1, end, ctx, true);
    }
  }
}

function matchSequence(atoms: readonly Atom[], pos: number, ctx: MatchContext, started: boolean): number | undefined {
  for (let i = 0; i < atoms.length; i++) {
    const token = ctx.tokens[pos + i];
    const atom = atoms[i];
    if (!token || !atom || ((started || i > 0) && token.breakBefore !== 0) || !atomMatches(atom, token)) return undefined;
  }
  return pos + atoms.length;
}

/** The end of the phrase if it matches starting exactly at token `pos`. */
export function matchAt(phrase: Phrase, pos: number, ctx: MatchContext): number | undefined {
  const first = phrase.items[0];
  const token = ctx.tokens[pos];
  if (!token) return undefined;
  // Most phrases fail on their first word; checking it here avoids starting the search at all.
  if (first?.kind === 'words' && !first.alternatives.some((alt) => alt[0] !== undefined && atomMatches(alt[0], token))) return undefined;
  for (const end of ends(phrase.items, 0, pos, ctx, false)) return end;
  return undefined;
}

/**
 * The exact words a phrase can start with, so callers can index phrases by
 * their first word; undefined when it can start with an affix, a typo, money
 * or a number (those are tried at every word).
 */
export function firstWords(phrase: Phrase): string[] | undefined {
  const first = phrase.items[0];
  if (first?.kind !== 'words') return undefined;
  const atoms = first.alternatives.map((alt) => alt[0]);
  if (atoms.some((a) => !a || a.starts || a.ends || a.fuzzy)) return undefined;
  return atoms.map((a) => a?.body ?? '');
}

/** True when a single-word list like `usd|eur|dollar*` matches this one token. */
export function wordMatches(phrase: Phrase, token: Token): boolean {
  const item = phrase.items[0];
  return item?.kind === 'words' && item.alternatives.some((alt) => alt.length === 1 && alt[0] !== undefined && atomMatches(alt[0], token));
}
