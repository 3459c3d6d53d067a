import { LANGUAGE_CODES } from '../languages';
import { charGrams, deletions } from './fuzzy';
import { foldForMatching, isArabizi, skeleton, tokenize } from './normalize';
import { stem } from './stem';
import { STOPWORDS, words } from './stopwords';
import type { CorpusDocument } from './types';

/**
 * The inverted index the matcher queries, built once at cold start from every
 * language's documents. Words are ids; each word lists, per topic and language,
 * the best field it appears in (keywords and titles count more than examples,
 * examples more than the summary). Side indexes give fuzzy access to words:
 * stems, single deletions (SymSpell), character trigrams and Latin/Ethiopic
 * consonant skeletons (Arabizi, romanised Dari and Pashto, vowel typos).
 */

export interface Posting {
  /** One title, keyword, example or summary line; the matcher also scores the best single line per topic. */
  entry: number;
  topic: number;
  /** Index into LANGUAGE_CODES; LANGUAGE_CODES.length for any other language. */
  lang: number;
  weight: number;
}

export interface MatcherIndex {
  topics: { id: string; area: string }[];
  /** Topic of each entry. */
  entryTopic: number[];
  words: string[];
  wordIds: Map<string, number>;
  postings: Posting[][];
  /** How many topics (any language) contain each word. */
  df: number[];
  gramCount: number[];
  stems: Map<string, number[]>;
  deletes: Map<string, number[]>;
  grams: Map<string, number[]>;
  skeletons: Map<string, number[]>;
  bigrams: Map<string, Posting[]>;
  /** Whole lines, so "what can you do" or "stop" (all function words, or one word) match their intent outright. */
  phrases: Map<string, Posting[]>;
  stopwords: Set<string>;
}

/** How much a word counts by where it appears. */
export const FIELD_WEIGHT = { keyword: 1, title: 1, example: 0.9, summary: 0.6 } as const;

export function languageIndex(code: string): number {
  const i = (LANGUAGE_CODES as readonly string[]).indexOf(code);
  return i < 0 ? LANGUAGE_CODES.length : i;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Adds a posting, or raises it when the word repeats within one entry. */
function post(list: Posting[], entry: number, topic: number, lang: number, weight: number): void {
  const last = list.at(-1);
  if (last && last.entry === entry) last.weight = Math.max(last.weight, weight);
  else list.push({ entry, topic, lang, weight });
}

/** The key of two adjacent content words, on stems so inflection does not matter. */
export function bigramKey(a: string, b: string): string {
  return `${stem(a)} ${stem(b)}`;
}

/** The first sentence of a summary: enough to add its core words without its detail. */
function firstSentence(summary: string): string {
  return (summary.split(/[.!?؟።]/u)[0] ?? '').slice(0, 200);
}

export function buildIndex(corpus: readonly CorpusDocument[]): MatcherIndex {
  const index: MatcherIndex = {
    topics: [], entryTopic: [], words: [], wordIds: new Map(), postings: [], df: [], gramCount: [],
    stems: new Map(), deletes: new Map(), grams: new Map(), skeletons: new Map(), bigrams: new Map(), phrases: new Map(),
    stopwords: new Set(Object.values(STOPWORDS).flatMap((list) => words(list).map(foldForMatching))),
  };
  const topicIds = new Map<string, number>();
  const wordId = (w: string): number => {
    let id = index.wordIds.get(w);
    if (id !== undefined) return id;
    id = index.words.length;
    index.words.push(w);
    index.wordIds.set(w, id);
    index.postings.push([]);
    const st = stem(w);
    if (st !== w || w.length > 3) push(index.stems, st, id);
    if (w.length >= 4) for (const key of [w, ...deletions(w)]) push(index.deletes, key, id);
    const grams = w.length >= 4 ? charGrams(w) : [];
    for (const g of grams) push(index.grams, g, id);
    index.gramCount.push(grams.length);
    const sk = skeleton(w);
    if ([...sk].length >= 4 || (sk.length >= 2 && isArabizi(w))) push(index.skeletons, sk, id);
    return id;
  };
  for (const doc of corpus) {
    let topic = topicIds.get(doc.topic);
    if (topic === undefined) {
      topic = index.topics.length;
      topicIds.set(doc.topic, topic);
      index.topics.push({ id: doc.topic, area: doc.area });
    }
    const lang = languageIndex(doc.language);
    const fields: [string, number][] = [
      ...(doc.title ? [[doc.title, FIELD_WEIGHT.title] as [string, number]] : []),
      ...doc.keywords.map((k) => [k, FIELD_WEIGHT.keyword] as [string, number]),
      ...doc.examples.map((e) => [e, FIELD_WEIGHT.example] as [string, number]),
      ...(doc.summary ? [[firstSentence(doc.summary), FIELD_WEIGHT.summary] as [string, number]] : []),
    ];
    for (const [text, weight] of fields) {
      const entry = index.entryTopic.length;
      index.entryTopic.push(topic);
      const tokens = tokenize(foldForMatching(text));
      for (const token of tokens) post(index.postings[wordId(token)] as Posting[], entry, topic, lang, weight);
      const phrase = tokens.join(' ');
      if (!index.phrases.has(phrase)) index.phrases.set(phrase, []);
      post(index.phrases.get(phrase) as Posting[], entry, topic, lang, weight);
      const content = tokens.filter((t) => !index.stopwords.has(t));
      for (let i = 0; i + 1 < content.length; i++) {
        const key = bigramKey(content[i] as string, content[i + 1] as string);
        if (!index.bigrams.has(key)) index.bigrams.set(key, []);
        post(index.bigrams.get(key) as Posting[], entry, topic, lang, weight);
      }
    }
  }
  index.df = index.postings.map((list) => new Set(list.map((p) => p.topic)).size);
  return index;
}
