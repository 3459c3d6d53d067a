import { allowedDistance, charGrams, deletions, osaDistance } from './fuzzy';
import type { MatcherIndex } from './matcher-index';
import { isArabizi, skeleton } from './normalize';
import { stem } from './stem';

/**
 * Which indexed words a query token may stand for, and how surely. The
 * qualities rank the kinds of evidence: the same word beats the same stem,
 * which beats one typo, which beats a partial (glued or inflected) form,
 * which beats only sharing a consonant skeleton.
 */
export const QUALITY = { exact: 1, stem: 0.9, typo1: 0.85, typo2: 0.75, shortTypo: 0.6, gramMax: 0.8, skeleton: 0.55 } as const;

/** Below this, character overlap is coincidence (shared suffixes, common trigrams). */
const MIN_GRAM_SIMILARITY = 0.55;
const MAX_CANDIDATES = 8;

export interface Candidate {
  word: number;
  quality: number;
}

export type CandidateFinder = (token: string) => Candidate[];

export function createCandidateFinder(index: MatcherIndex): CandidateFinder {
  const shared = new Uint16Array(index.words.length);
  return (token) => {
    const best = new Map<number, number>();
    const offer = (word: number, quality: number) => {
      if (quality > (best.get(word) ?? 0)) best.set(word, quality);
    };
    const exact = index.wordIds.get(token);
    if (exact !== undefined) offer(exact, QUALITY.exact);
    // A function word is itself or nothing: "want" must not become "wait".
    if (index.stopwords.has(token)) return exact === undefined ? [] : [{ word: exact, quality: QUALITY.exact }];
    for (const w of index.stems.get(stem(token)) ?? []) offer(w, QUALITY.stem);
    const length = [...token].length;
    const max = allowedDistance(length);
    if (max > 0) {
      for (const key of [token, ...deletions(token)]) {
        for (const w of index.deletes.get(key) ?? []) {
          if (best.get(w) === QUALITY.exact) continue;
          const d = osaDistance(token, index.words[w] as string, max);
          // One slip in a four-letter word often makes another word ("gano"/"dano"): weaker evidence.
          if (d === 1) offer(w, length <= 4 ? QUALITY.shortTypo : QUALITY.typo1);
          else if (d === 2 && max >= 2) offer(w, QUALITY.typo2);
        }
      }
    }
    if (length >= 4) {
      const grams = charGrams(token);
      const touched: number[] = [];
      for (const g of grams) {
        for (const w of index.grams.get(g) ?? []) {
          if (shared[w] === 0) touched.push(w);
          shared[w] = (shared[w] ?? 0) + 1;
        }
      }
      for (const w of touched) {
        const n = shared[w] ?? 0;
        shared[w] = 0;
        const size = index.gramCount[w] ?? 1;
        const dice = (2 * n) / (grams.length + size);
        // A known word glued inside a longer token: Swahili ni-na-taka, Arabic و+ال+word, Somali -kayga.
        const contained = size >= 5 ? 0.85 * (n / size) : 0;
        const similarity = Math.max(dice, contained);
        if (similarity >= MIN_GRAM_SIMILARITY) offer(w, Math.min(QUALITY.gramMax, similarity));
      }
    }
    // Skeletons are for spelling variants of romanised words ("sho8l"/"shoghl"), not for any two Latin words.
    const sk = skeleton(token);
    if ([...sk].length >= 4 || (sk.length >= 2 && isArabizi(token))) {
      for (const w of index.skeletons.get(sk) ?? []) offer(w, QUALITY.skeleton);
    }
    return [...best.entries()]
      .map(([word, quality]) => ({ word, quality }))
      .sort((a, b) => b.quality - a.quality)
      .slice(0, MAX_CANDIDATES);
  };
}
