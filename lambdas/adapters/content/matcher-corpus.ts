import type { CorpusDocument } from '../../core/matching/types';
import type { ContentBundle } from './bundle-types';

/**
 * The matcher's corpus from the content bundle: every topic file in every
 * language, plus every language's command intents. Built once per cold
 * start; the core matcher never sees the bundle's shape.
 */
export function matcherCorpus(bundle: Pick<ContentBundle, 'topics' | 'intents'>): CorpusDocument[] {
  const topics: CorpusDocument[] = bundle.topics.map((t) => ({
    topic: t.id,
    area: t.area,
    language: t.language,
    title: t.title,
    keywords: t.keywords,
    examples: t.examples,
    summary: t.summary,
  }));
  const intents: CorpusDocument[] = Object.entries(bundle.intents ?? {}).flatMap(([language, file]) =>
    Object.entries(file.intents).map(([id, phrases]) => ({
      topic: id,
      area: id.split('.')[0] ?? id,
      language,
      keywords: phrases.keywords,
      examples: phrases.examples,
    })),
  );
  return [...topics, ...intents];
}

/** Which languages have at least one translated topic file (besides English). */
export function topicLanguages(bundle: Pick<ContentBundle, 'topics'>): Set<string> {
  return new Set(bundle.topics.map((t) => t.language));
}
