import { randomUUID } from 'node:crypto';
import type { LinkCheck, PersonalDataPort, ServiceIdentity, TurnDeps } from '../../core/conversation/deps';
import type { LiveChatPort } from '../../core/conversation/live-chat';
import type { ReferralPort, ScreeningPolicy } from '../../core/screening';
import { createTranslator } from '../../core/i18n/translator';
import { LANGUAGE_CODES, type LanguageCode } from '../../core/languages';
import { createMatcher, detectLanguage, type Matcher } from '../../core/matching';
import type { ContentBundle } from './bundle-types';
import { matcherCorpus } from './matcher-corpus';
import { createTopicCatalog } from './topic-catalog';

export interface TurnDepsOptions {
  personalData: PersonalDataPort;
  identity: ServiceIdentity;
  stateRetentionDays: number;
  checkLink?: (text: string) => LinkCheck | undefined;
  now?: () => number;
  /** Referral storage (omit to run without the adviser path, e.g. in some tests). */
  referrals?: ReferralPort;
  /** Live chats with advisers (needs referrals). */
  liveChat?: LiveChatPort;
  screeningPolicy?: Partial<ScreeningPolicy>;
}

/**
 * Builds the core's per-process dependencies from the compiled content. The
 * matcher's index is built on the first free-text message, not at cold
 * start: most turns are button taps, and a cold start should stay short.
 */
export function createTurnDeps(bundle: ContentBundle, options: TurnDepsOptions): TurnDeps {
  let matcher: Matcher | undefined;
  return {
    translator: createTranslator(bundle.locales),
    machineTranslated: new Set<LanguageCode>(LANGUAGE_CODES.filter((code) => bundle.localeReview[code] !== 'human')),
    topics: createTopicCatalog(bundle),
    matcher: () => (matcher ??= createMatcher(matcherCorpus(bundle))),
    detectLanguage,
    personalData: options.personalData,
    identity: options.identity,
    stateRetentionDays: options.stateRetentionDays,
    ...(options.checkLink ? { checkLink: options.checkLink } : {}),
    now: options.now ?? Date.now,
    newId: () => randomUUID(),
    ...(bundle.pathways ? { catalogue: bundle.pathways } : {}),
    ...(options.referrals ? { referrals: options.referrals } : {}),
    ...(options.liveChat ? { liveChat: options.liveChat } : {}),
    ...(options.screeningPolicy ? { screeningPolicy: options.screeningPolicy } : {}),
  };
}
