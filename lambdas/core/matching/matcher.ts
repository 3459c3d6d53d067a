import type { LanguageCode } from '../languages';
import { createCandidateFinder } from './candidates';
import { decide } from './decide';
import { detectLanguage } from './language-id';
import { buildIndex } from './matcher-index';
import { foldForMatching, tokenize } from './normalize';
import { scoreTopics, tokenDf, tokenWeight } from './score';
import type { CorpusDocument, Matcher, MatchOptions, MatchResult } from './types';

/**
 * Free text → topic or command intent, in any of the ten languages. The
 * index over every language's documents is built once (cold start); each
 * query then costs a few hash lookups per word. See score.ts for the scoring
 * and decide.ts for the thresholds.
 */

export { MATCH_THRESHOLD, SAFETY_THRESHOLD } from './decide';

/** The detected language is trusted over the user's chosen one only above this. */
const DETECTION_TRUST = 0.5;

/** The language a message is read as: detected when sure, else the user's choice. */
function readingLanguage(text: string, chosen: LanguageCode | undefined): LanguageCode {
  const guess = detectLanguage(text, chosen ?? 'en');
  return guess.confidence >= DETECTION_TRUST || !chosen ? guess.language : chosen;
}

export interface ExplainedToken {
  token: string;
  weight: number;
  candidates: { word: string; quality: number }[];
}

export interface DebugMatcher extends Matcher {
  /** Why a text scored as it did: per token, its weight and the words it matched (for tuning and the CLI). */
  explain(text: string): ExplainedToken[];
}

export function createMatcher(corpus: readonly CorpusDocument[]): DebugMatcher {
  const index = buildIndex(corpus);
  const find = createCandidateFinder(index);
  return {
    match(text: string, options: MatchOptions = {}): MatchResult {
      const language = readingLanguage(text, options.language);
      const tokens = tokenize(foldForMatching(text));
      return { language, ...decide(index.topics, scoreTopics(index, find, tokens, language)) };
    },
    explain(text: string): ExplainedToken[] {
      return tokenize(foldForMatching(text)).map((token) => {
        const candidates = find(token);
        return { token, weight: tokenWeight(index, token, tokenDf(index, candidates)), candidates: candidates.map((c) => ({ word: index.words[c.word] ?? '', quality: c.quality })) };
      });
    },
  };
}
