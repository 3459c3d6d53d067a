import { LANGUAGE_CODES, type LanguageCode } from '../languages';
import { QUALITY, type Candidate, type CandidateFinder } from './candidates';
import { bigramKey, languageIndex, type MatcherIndex } from './matcher-index';

/**
 * Scoring is query coverage. Each query word carries an IDF weight (rare
 * words say more; function words almost nothing; words the corpus has never
 * seen weigh like rare words, which is what pushes "recipe for pizza" out of
 * scope). A topic scores the weighted share of the query it explains, each
 * word counted by its best evidence in that topic (exact, stem, typo,
 * partial, skeleton; see candidates.ts) × field weight × a small penalty when
 * the evidence is in another language than the user's. Coverage means the
 * same for every query, which is what makes one out-of-scope threshold
 * possible (see decide.ts). Two refinements rank topics that cover the same
 * words: the best single line (a topic whose one example says it all beats
 * one that has the words scattered), and adjacent word pairs found together.
 */

/** Evidence in another language still counts (mixed messages, loan words), a little less. */
const LANGUAGE_FACTOR = { same: 1, english: 0.93, other: 0.88 } as const;
/** Function words, digits and single letters say little about the topic. */
const STOPWORD_WEIGHT = 0.15;
/** An unseen word weighs like a word seen in a couple of topics: informative, but it may be a synonym we lack. */
const UNKNOWN_DF = 2;
/** Matched weight below which a query is too thin to be sure of (e.g. only "how can I"). */
const MIN_EVIDENCE = 1.5;
/** Share of the score given to the best single line rather than the whole topic. */
const LINE_SHARE = 0.35;
const BIGRAM_BONUS = 0.04;

function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function languageFactors(lang: LanguageCode): Float64Array {
  const factors = new Float64Array(LANGUAGE_CODES.length + 1).fill(LANGUAGE_FACTOR.other);
  factors[languageIndex('en')] = LANGUAGE_FACTOR.english;
  factors[languageIndex(lang)] = LANGUAGE_FACTOR.same;
  return factors;
}

/** How many topics hold what a token stands for; unseen (or only vaguely similar) words count as rare. */
export function tokenDf(index: MatcherIndex, candidates: readonly Candidate[]): number {
  const top = candidates[0];
  return top && top.quality >= QUALITY.typo2 ? (index.df[top.word] ?? 1) : UNKNOWN_DF;
}

/** Weight of one query token: its IDF, or little for function words. */
export function tokenWeight(index: MatcherIndex, token: string, df: number): number {
  const w = idf(df, Math.max(index.topics.length, 1));
  if (index.stopwords.has(token) || /^\d+$/u.test(token) || [...token].length === 1) return Math.min(w, STOPWORD_WEIGHT);
  return w;
}

/** Raw scores per topic index (0..~1.1), before thresholds. */
export function scoreTopics(index: MatcherIndex, find: CandidateFinder, tokens: string[], lang: LanguageCode): Float64Array {
  const n = index.topics.length;
  const factors = languageFactors(lang);
  const topicMatched = new Float64Array(n);
  const lineMatched = new Float64Array(index.entryTopic.length);
  const perTopic = new Float64Array(n);
  const perLine = new Map<number, number>();
  let total = 0;
  for (const token of tokens) {
    const candidates = find(token);
    const weight = tokenWeight(index, token, tokenDf(index, candidates));
    total += weight;
    perTopic.fill(0);
    perLine.clear();
    for (const { word, quality } of candidates) {
      for (const p of index.postings[word] ?? []) {
        const m = quality * p.weight * (factors[p.lang] ?? LANGUAGE_FACTOR.other);
        if (m > (perTopic[p.topic] ?? 0)) perTopic[p.topic] = m;
        if (m > (perLine.get(p.entry) ?? 0)) perLine.set(p.entry, m);
      }
    }
    for (let t = 0; t < n; t++) topicMatched[t] = (topicMatched[t] ?? 0) + weight * (perTopic[t] ?? 0);
    for (const [e, m] of perLine) lineMatched[e] = (lineMatched[e] ?? 0) + weight * m;
  }
  const scores = new Float64Array(n);
  if (total === 0) return scores;
  const bestLine = new Float64Array(n);
  lineMatched.forEach((m, e) => {
    const t = index.entryTopic[e] ?? 0;
    if (m > (bestLine[t] ?? 0)) bestLine[t] = m;
  });
  const bigramTopics = new Float64Array(n);
  const content = tokens.filter((t) => !index.stopwords.has(t));
  for (let i = 0; i + 1 < content.length; i++) {
    const topics = new Set((index.bigrams.get(bigramKey(content[i] as string, content[i + 1] as string)) ?? []).map((p) => p.topic));
    for (const t of topics) bigramTopics[t] = (bigramTopics[t] ?? 0) + 1;
  }
  for (let t = 0; t < n; t++) {
    const m = (1 - LINE_SHARE) * (topicMatched[t] ?? 0) + LINE_SHARE * (bestLine[t] ?? 0);
    const evidence = Math.min(1, (topicMatched[t] ?? 0) / MIN_EVIDENCE);
    scores[t] = (m / total) * evidence + BIGRAM_BONUS * Math.min(2, bigramTopics[t] ?? 0);
  }
  for (const p of index.phrases.get(tokens.join(' ')) ?? []) {
    scores[p.topic] = Math.max(scores[p.topic] ?? 0, p.weight * (factors[p.lang] ?? LANGUAGE_FACTOR.other));
  }
  return scores;
}
