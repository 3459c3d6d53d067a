import type { ContentBundle } from '../adapters/content/bundle-types';
import type { LocaleResources } from '../core/i18n/translator';
import type { TopicText } from './pages/topic-view';

/**
 * The slice of the content bundle the share function needs: every topic's
 * title and summary, and the `share` strings. Topic bodies live in the static
 * topic pages, so the function bundle stays a fraction of the full content.
 */
export interface ShareContent {
  topics: TopicText[];
  locales: LocaleResources;
}

export function shareContentOf(bundle: Pick<ContentBundle, 'topics' | 'locales'>): ShareContent {
  return {
    topics: bundle.topics.map(({ id, language, title, summary }) => ({ id, language, title, summary })),
    locales: Object.fromEntries(Object.entries(bundle.locales).map(([lang, namespaces]) => [lang, { share: namespaces.share ?? {} }])),
  };
}
