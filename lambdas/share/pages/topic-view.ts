import type { Topic } from '../../core/content/schema';
import { DEFAULT_LANGUAGE, isLanguageCode, languageOf, type LanguageCode } from '../../core/languages';

/** What every page of a topic shows; topic pages also show its body and sources (a full Topic). */
export type TopicText = Pick<Topic, 'id' | 'language' | 'title' | 'summary'>;

/** A topic as one language's page shows it. */
export interface TopicView<T extends TopicText = TopicText> {
  id: string;
  /** The page's language: its interface strings, `lang` and `dir`. */
  lang: LanguageCode;
  dir: 'ltr' | 'rtl';
  /** The topic text shown: the page's language, or English while a translation is missing. */
  topic: T;
  fallback: boolean;
}

/** Every topic id, sorted. */
export function topicIds(topics: readonly { id: string }[]): string[] {
  return [...new Set(topics.map((t) => t.id))].sort();
}

/**
 * Resolves (topic, language) for a page. A missing translation falls back to
 * the English text with a notice in the reader's language, so every link in
 * all ten languages works; an unknown topic or language is undefined (404).
 */
export function topicView<T extends TopicText>(topics: readonly T[], id: string, lang: string): TopicView<T> | undefined {
  if (!isLanguageCode(lang)) return undefined;
  const own = topics.find((t) => t.id === id && t.language === lang);
  const topic = own ?? topics.find((t) => t.id === id && t.language === DEFAULT_LANGUAGE);
  if (!topic) return undefined;
  return { id, lang, dir: languageOf(lang).dir, topic, fallback: !own };
}

/** `lang`/`dir` attributes for the topic text when it is not in the page's language. */
export function contentAttributes(view: TopicView): string {
  if (!view.fallback) return '';
  const language = view.topic.language as LanguageCode;
  return ` lang="${language}" dir="${languageOf(language).dir}"`;
}
