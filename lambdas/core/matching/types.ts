import type { LanguageCode } from '../languages';

/**
 * The matcher's input and output. The core takes plain data (no bundle, no
 * files): the adapter lambdas/adapters/content/matcher-corpus.ts turns the
 * content bundle into these documents once per cold start.
 */

/** One topic or command intent in one language. */
export interface CorpusDocument {
  /** `<area>.<slug>`, e.g. `ctd.apply` or `safety.urgent`. */
  topic: string;
  area: string;
  /** A LanguageCode; other strings are indexed but never boosted. */
  language: string;
  title?: string;
  keywords: readonly string[];
  examples: readonly string[];
  /** Only its first sentence is indexed, with a low weight. */
  summary?: string;
}

export interface MatchCandidate {
  topic: string;
  area: string;
  /** 0..1 */
  confidence: number;
}

export interface MatchResult {
  /** Null when nothing matched well enough: out of scope, or too vague. */
  topic: string | null;
  area: string | null;
  /** The language the text was read as (detected, or the caller's when detection is unsure). */
  language: LanguageCode;
  /** 0..1; for a null topic, how close the best candidate came. */
  confidence: number;
  /**
   * Empty when the answer is clear. When the best candidates are close, all of
   * them (the chosen topic first) so the bot can ask which one; when the topic
   * is null, near misses the bot may offer as suggestions.
   */
  alternatives: MatchCandidate[];
}

export interface MatchOptions {
  /** The user's chosen language: boosted, and used when detection is unsure. */
  language?: LanguageCode;
}

export interface Matcher {
  match(text: string, options?: MatchOptions): MatchResult;
}
