import { scriptOf } from '../matching/normalize';
import { compilePhrase, firstWords, matchAt, wordMatches, type MatchContext, type Phrase } from './phrase';
import type { FlagRules, LanguagePatterns, Period } from './patterns/types';
import { RED_FLAG_IDS, type RedFlagId } from './red-flags';
import type { Token } from './tokens';

/** A language's patterns, compiled once. */
export interface CompiledLanguage {
  negations: Phrase;
  flags: Record<RedFlagId, CompiledRules>;
  lowSkill: Phrase[];
  salary: Phrase;
  periods: [Period, Phrase][];
}

export interface CompiledRules {
  match: Phrase[];
  /** `match` indexed by exact first word; `anyStart` holds the phrases that must be tried at every word. */
  byFirstWord: Map<string, Phrase[]>;
  anyStart: Phrase[];
  notBefore: Phrase[];
  notAfter: Phrase[];
  noGap: Phrase | undefined;
}

/** Where a phrase matched, in tokens (end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** Guards before a match end at most this many words before it: "no recruitment fee", "the employer pays the visa fee". */
const GUARD_REACH = 2;
/** Guards after a match may start further on: "les frais de visa et le billet sont pris en charge". */
const GUARD_REACH_AFTER = 5;

/**
 * Arabic, Dari and Pashto share their loanwords (فیس، ویزه، پاسپورت), so a
 * Pashto phrase often matches Dari text; its guards must then understand
 * Dari ("هیچ فیس" = no fee). Languages of one non-Latin script therefore
 * pool their negations and guards. Latin-script languages do not: "si",
 * "ma" and "ha" are negations in Swahili or Somali but "if", "my" and a
 * laugh elsewhere.
 */
export function poolGuardsByScript(all: readonly LanguagePatterns[]): LanguagePatterns[] {
  const scriptOfPatterns = (p: LanguagePatterns) => scriptOf(p.negations);
  return all.map((p) => {
    const script = scriptOfPatterns(p);
    if (script === 'latin') return p;
    const kin = all.filter((other) => scriptOfPatterns(other) === script);
    const pooled = (pick: (r: FlagRules) => readonly string[] | undefined) => (id: RedFlagId) => kin.flatMap((k) => pick(k.flags[id]) ?? []);
    const notBefore = pooled((r) => r.notBefore);
    const notAfter = pooled((r) => r.notAfter);
    const noGap = pooled((r) => (r.noGap ? [r.noGap] : undefined));
    const flags = { ...p.flags };
    for (const id of RED_FLAG_IDS) {
      const gap = noGap(id).join('|');
      flags[id] = { ...p.flags[id], notBefore: notBefore(id), notAfter: notAfter(id), ...(gap ? { noGap: gap } : {}) };
    }
    return { ...p, negations: kin.map((k) => k.negations).join('|'), flags };
  });
}

export function compileLanguage(p: LanguagePatterns): CompiledLanguage {
  const flags = {} as Record<RedFlagId, CompiledRules>;
  for (const id of RED_FLAG_IDS) flags[id] = compileRules(p.flags[id]);
  return {
    negations: compilePhrase(p.negations),
    flags,
    lowSkill: p.lowSkill.map(compilePhrase),
    salary: compilePhrase(p.salary),
    periods: (Object.entries(p.periods) as [Period, readonly string[]][]).flatMap(([period, list]) =>
      list.map((source): [Period, Phrase] => [period, compilePhrase(source)]),
    ),
  };
}

function compileRules(rules: FlagRules): CompiledRules {
  const match = rules.match.map(compilePhrase);
  const byFirstWord = new Map<string, Phrase[]>();
  const anyStart: Phrase[] = [];
  for (const phrase of match) {
    const words = firstWords(phrase);
    if (!words) anyStart.push(phrase);
    for (const word of words ?? []) byFirstWord.set(word, [...(byFirstWord.get(word) ?? []), phrase]);
  }
  return {
    match,
    byFirstWord,
    anyStart,
    notBefore: (rules.notBefore ?? []).map(compilePhrase),
    notAfter: (rules.notAfter ?? []).map(compilePhrase),
    noGap: rules.noGap ? compilePhrase(rules.noGap) : undefined,
  };
}

/** The first place in the text where one sign matches in one language and no guard cancels it. */
export function findSign(
  tokens: readonly Token[],
  lumpSumEnd: MatchContext['lumpSumEnd'],
  language: CompiledLanguage,
  rules: CompiledRules,
): Span | undefined {
  const ctx: MatchContext = {
    tokens,
    lumpSumEnd,
    blocks: (t) => wordMatches(language.negations, t) || (rules.noGap !== undefined && wordMatches(rules.noGap, t)),
  };
  const before = [language.negations, ...rules.notBefore];
  for (let start = 0; start < tokens.length; start++) {
    for (const phrase of [...(rules.byFirstWord.get(tokens[start]?.text ?? '') ?? []), ...rules.anyStart]) {
      const end = matchAt(phrase, start, ctx);
      if (end === undefined) continue;
      if (guardEndsBefore(before, start, ctx) || guardStartsAfter(rules.notAfter, end, ctx)) continue;
      return { start, end };
    }
  }
  return undefined;
}

/** First match of any of the phrases anywhere (no guards): low-skill wording, periods. */
export function findAny(phrases: readonly Phrase[], ctx: MatchContext): Span | undefined {
  for (let start = 0; start < ctx.tokens.length; start++) {
    for (const phrase of phrases) {
      const end = matchAt(phrase, start, ctx);
      if (end !== undefined) return { start, end };
    }
  }
  return undefined;
}

function guardEndsBefore(guards: readonly Phrase[], start: number, ctx: MatchContext): boolean {
  for (let s = Math.max(0, start - 10); s < start; s++) {
    for (const guard of guards) {
      const e = matchAt(guard, s, ctx);
      if (e === undefined || e > start || start - e > GUARD_REACH) continue;
      if (ctx.tokens.slice(e, start + 1).every((t) => t.breakBefore === 0)) return true;
    }
  }
  return false;
}

/** A clarification that follows in the same clause: "the visa fee and the ticket are paid by the employer". */
function guardStartsAfter(guards: readonly Phrase[], end: number, ctx: MatchContext): boolean {
  for (let s = end; s <= end + GUARD_REACH_AFTER && s < ctx.tokens.length; s++) {
    if (ctx.tokens.slice(end, s + 1).some((t) => t.breakBefore !== 0)) return false;
    if (guards.some((guard) => matchAt(guard, s, ctx) !== undefined)) return true;
  }
  return false;
}
