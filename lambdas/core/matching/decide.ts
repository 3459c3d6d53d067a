import type { MatchCandidate, MatchResult } from './types';

/**
 * From scores to an answer. A wrong confident topic is worse than "I did not
 * understand" (the user gets the menu), so a topic is returned only above
 * MATCH_THRESHOLD. Safety is the exception the other way: a missed "they took
 * my passport" is harmful, so safety has a lower threshold and wins whenever
 * it is close to the best topic. Close runners-up are returned so the bot can
 * ask which one was meant instead of guessing.
 *
 * Calibrated on the evaluation sets (tests/eval) and on leave-one-out runs
 * of the English topics' own examples: out-of-scope questions scored at most
 * 0.26 in English and 0.41 across all languages (95% below 0.36); correctly
 * matched questions scored 0.52 or more in 95% of cases.
 */
export const MATCH_THRESHOLD = 0.45;
/** Safety needs less evidence (false negatives are harmful), but more than out-of-scope noise. */
export const SAFETY_THRESHOLD = 0.4;
/** A safety topic this close to the best one takes its place. */
const SAFETY_MARGIN = 0.03;
/** Runners-up within this margin of the best are offered as alternatives. */
const CLOSE_MARGIN = 0.08;
/** Near misses below the threshold offered as suggestions when the topic is null. */
const SUGGEST_THRESHOLD = 0.33;
const MAX_ALTERNATIVES = 3;

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;

const isSafety = (area: string) => area === 'safety';

export function decide(topics: { id: string; area: string }[], scores: Float64Array): Omit<MatchResult, 'language'> {
  // Ranked on raw scores (bonuses can pass 1), reported clipped to 0..1.
  const ranked = topics
    .map((t, i) => ({ topic: t.id, area: t.area, raw: scores[i] ?? 0 }))
    .filter((c) => c.raw > 0)
    .sort((a, b) => b.raw - a.raw || Number(isSafety(b.area)) - Number(isSafety(a.area)))
    .map(({ topic, area, raw }) => ({ topic, area, confidence: round(raw) }));
  const best = ranked[0];
  if (!best) return { topic: null, area: null, confidence: 0, alternatives: [] };
  const safety = ranked.find((c) => isSafety(c.area));
  if (safety && safety.confidence >= SAFETY_THRESHOLD && safety.confidence >= best.confidence - SAFETY_MARGIN) {
    const others = ranked.filter((c) => c !== safety && c.confidence >= best.confidence - CLOSE_MARGIN && c.confidence >= MATCH_THRESHOLD);
    const alternatives = others.length > 0 ? [safety, ...others].slice(0, MAX_ALTERNATIVES) : [];
    return { topic: safety.topic, area: safety.area, confidence: safety.confidence, alternatives };
  }
  if (best.confidence < MATCH_THRESHOLD) {
    const suggestions: MatchCandidate[] = ranked.filter((c) => c.confidence >= SUGGEST_THRESHOLD).slice(0, MAX_ALTERNATIVES);
    return { topic: null, area: null, confidence: best.confidence, alternatives: suggestions };
  }
  const close = ranked.filter((c) => c !== best && c.confidence >= best.confidence - CLOSE_MARGIN && c.confidence >= SUGGEST_THRESHOLD);
  return { topic: best.topic, area: best.area, confidence: best.confidence, alternatives: close.length > 0 ? [best, ...close].slice(0, MAX_ALTERNATIVES) : [] };
}
