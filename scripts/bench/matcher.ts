import { pathToFileURL } from 'node:url';
import { matcherCorpus } from '../../lambdas/adapters/content/matcher-corpus';
import { LANGUAGE_CODES } from '../../lambdas/core/languages';
import { createMatcher } from '../../lambdas/core/matching/matcher';
import type { CorpusDocument } from '../../lambdas/core/matching/types';
import { readContent } from '../build/content';
import { readEvalSets } from '../eval';

/**
 * Per-query latency of the matcher over the evaluation set (warm: after a
 * warm-up pass, many iterations). Target: p99 < 2 ms on a 2-core machine
 * with ~30 topics × 10 languages. Until translations exist, the topics are
 * padded to ten languages with synthetic copies (each language gets its own
 * letter-shifted vocabulary) so the index has the size it will have; pass
 * `{ simulateTranslations: false }` to measure the corpus as it is.
 */

/** A stand-in translation: same word lengths and structure, a vocabulary of its own. */
function shiftWords(text: string, shift: number): string {
  return text.replace(/[a-z]/gu, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + shift) % 26) + 97));
}

function padToAllLanguages(corpus: CorpusDocument[]): CorpusDocument[] {
  const present = new Set(corpus.map((d) => `${d.topic}|${d.language}`));
  const extra: CorpusDocument[] = [];
  for (const doc of corpus.filter((d) => d.language === 'en' && d.title)) {
    LANGUAGE_CODES.forEach((lang, i) => {
      if (present.has(`${doc.topic}|${lang}`)) return;
      const shift = (s: string) => shiftWords(s, i + 1);
      extra.push({ ...doc, language: lang, title: shift(doc.title ?? ''), keywords: doc.keywords.map(shift), examples: doc.examples.map(shift), summary: shift(doc.summary ?? '') });
    });
  }
  return [...corpus, ...extra];
}

export async function benchMatcher(options: { iterations?: number; simulateTranslations?: boolean } = {}): Promise<{ p50Ms: number; p99Ms: number; queries: number }> {
  const { iterations = 20, simulateTranslations = true } = options;
  const { bundle } = await readContent();
  const corpus = matcherCorpus(bundle);
  const matcher = createMatcher(simulateTranslations ? padToAllLanguages(corpus) : corpus);
  const queries = [...readEvalSets()].flatMap(([language, lines]) => lines.map((l) => ({ text: l.text, language })));
  for (const q of queries) matcher.match(q.text, { language: q.language });
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    for (const q of queries) {
      const start = performance.now();
      matcher.match(q.text, { language: q.language });
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? NaN;
  return { p50Ms: at(0.5), p99Ms: at(0.99), queries: times.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const simulateTranslations of [false, true]) {
    const r = await benchMatcher({ simulateTranslations });
    const label = simulateTranslations ? 'topics padded to 10 languages' : 'corpus as it is';
    console.log(`matcher (${label}): p50 ${r.p50Ms.toFixed(3)} ms, p99 ${r.p99Ms.toFixed(3)} ms over ${r.queries} queries (target p99 < 2 ms)`);
  }
}
