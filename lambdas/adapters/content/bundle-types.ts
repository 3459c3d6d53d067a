import type { Topic } from '../../core/content/schema';
import type { LocaleResources } from '../../core/i18n/translator';

/** The compiled content the Lambdas import (built by scripts/build/content.ts into .build/content.json). */
export interface ContentBundle {
  locales: LocaleResources;
  /** Per language: whether its bot strings were reviewed by a person or are machine-written. */
  localeReview: Record<string, 'machine' | 'human'>;
  topics: Topic[];
}
