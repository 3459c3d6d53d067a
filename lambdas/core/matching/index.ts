/**
 * Free-text understanding: message → topic or command intent, in ten
 * languages. Build once at cold start with `createMatcher(corpus)`; the corpus
 * comes from lambdas/adapters/content/matcher-corpus.ts.
 */
export { createMatcher, MATCH_THRESHOLD, SAFETY_THRESHOLD } from './matcher';
export { detectLanguage, LANGUAGE_SWITCH_CONFIDENCE, type LanguageGuess } from './language-id';
export type { CorpusDocument, MatchCandidate, Matcher, MatchOptions, MatchResult } from './types';
