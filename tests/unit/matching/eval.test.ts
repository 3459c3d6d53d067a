import { beforeAll, describe, expect, it } from 'vitest';
import { topicLanguages } from '../../../lambdas/adapters/content/matcher-corpus';
import type { LanguageCode } from '../../../lambdas/core/languages';
import { loadMatcher } from '../../../scripts/cli/match';
import { evaluate, rate, readEvalSets, TARGETS, type EvalReport } from '../../../scripts/eval';

/**
 * The evaluation targets (top-1 ≥ 90% overall, ≥ 80% per language,
 * out-of-scope rejection ≥ 80%), asserted ONLY for languages that have topic
 * translations in content/topics. A language without them can match its
 * questions only through English words and the command intents, so it is
 * reported by `npm run eval` but not asserted here. As translated topic files
 * land, their language joins this test automatically and must meet the targets.
 */
let report: EvalReport;
let translated: Set<string>;

beforeAll(async () => {
  const { matcher, bundle } = await loadMatcher();
  translated = topicLanguages(bundle);
  report = evaluate(matcher, readEvalSets(), translated);
});

describe('evaluation targets (languages with topic translations only)', () => {
  it('every language has an eval set of at least 30 lines with 6 out-of-scope ones', () => {
    for (const [, row] of report.perLanguage) {
      expect(row.total).toBeGreaterThanOrEqual(30);
      expect(row.outOfScope.total).toBeGreaterThanOrEqual(6);
    }
    expect(report.perLanguage.size).toBe(10);
  });

  it('English is translated (it is the source language)', () => {
    expect(translated.has('en')).toBe(true);
  });

  it(`top-1 accuracy over translated languages ≥ ${TARGETS.overall * 100}%`, () => {
    expect(rate(report.gated.overall)).toBeGreaterThanOrEqual(TARGETS.overall);
  });

  it(`out-of-scope rejection over translated languages ≥ ${TARGETS.outOfScopeRejection * 100}%`, () => {
    expect(rate(report.gated.outOfScope)).toBeGreaterThanOrEqual(TARGETS.outOfScopeRejection);
  });

  it(`each translated language ≥ ${TARGETS.perLanguage * 100}%`, () => {
    const below = [...report.perLanguage]
      .filter(([lang, row]) => translated.has(lang as LanguageCode) && rate(row) < TARGETS.perLanguage)
      .map(([lang, row]) => `${lang} ${(rate(row) * 100).toFixed(1)}%`);
    expect(below).toEqual([]);
  });
});
