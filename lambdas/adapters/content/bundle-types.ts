import type { Topic } from '../../core/content/schema';
import type { LocaleResources } from '../../core/i18n/translator';
import type { IntentFile } from '../../core/matching/intent-schema';
import type { PathwaysCatalogue } from '../../core/screening/catalogue';

/** The compiled content the Lambdas import (built by scripts/build/content.ts into .build/content.json). */
export interface ContentBundle {
  locales: LocaleResources;
  /** Per language: whether its bot strings were reviewed by a person or are machine-written. */
  localeReview: Record<string, 'machine' | 'human'>;
  topics: Topic[];
  /** Per language: the command intents' phrases for the matcher (content/intents/<lang>.json). */
  intents: Record<string, IntentFile>;
  /** Screening questions, referral routes and organisations (content/pathways/*.yaml). */
  pathways?: PathwaysCatalogue;
}
