import type { RedFlagId } from '../red-flags';

/** How often an amount is paid; a wage is compared per month. */
export type Period = 'month' | 'week' | 'day' | 'hour' | 'year';

/**
 * The phrases of one warning sign in one language, written in the phrase
 * language of `../phrase.ts`. The guards are what keeps fair offers quiet:
 * "no recruitment fees", "the employer pays the visa fee", "keep your
 * passport with you".
 */
export interface FlagRules {
  /** Any of these raises the sign. */
  match: readonly string[];
  /** A match does not count when one of these ends at most two words before it, in the same clause (the language's negations always do). */
  notBefore?: readonly string[];
  /** ...nor when one of these starts at most five words after it, in the same clause. */
  notAfter?: readonly string[];
  /** Words (one `a|b*|*c` list) that a `~` gap may not jump over, besides negations: "copy" for passports, "before" for contracts. */
  noGap?: string;
}

/** Everything Pathways looks for in one language. Text in any language is checked against every language. */
export interface LanguagePatterns {
  /** One `a|b|c` list of negation words: "no fee", "we never keep your passport". */
  negations: string;
  flags: Record<RedFlagId, FlagRules>;
  /** "No experience needed" and the like; together with a high wage they raise `high-wage`. */
  lowSkill: readonly string[];
  /** One list of words that mark an amount as pay ("salary 1800€") rather than a sum to pay. */
  salary: string;
  /** Words that give an amount's period ("per month", "/hour"). */
  periods: Record<Period, readonly string[]>;
}
