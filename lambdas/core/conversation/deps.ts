import type { Topic } from '../content/schema';
import type { Translate, Translator } from '../i18n/translator';
import type { LanguageCode } from '../languages';
import type { LanguageGuess, Matcher } from '../matching';
import type { PathwaysCatalogue, ReferralPort, ScreeningPolicy } from '../screening';
import type { LiveChatPort } from './live-chat';

/** Read access to the compiled topics; the adapter builds it from the content bundle. */
export interface TopicCatalog {
  get(id: string, language: LanguageCode): Topic | undefined;
  /** Topics of one area in one language, in a stable order. */
  inArea(area: string, language: LanguageCode): Topic[];
}

/** What the core may do with a person's stored data (see README "Data inventory"). */
export interface PersonalDataPort {
  /** Counts of every kind of item held about the person. */
  summary(userKey: string): Promise<Record<'state' | 'webchat' | 'dedup' | 'statuses' | 'referrals', number>>;
  /** Deletes everything held about the person and blanks their referrals' personal fields. */
  erase(userKey: string): Promise<void>;
}

/** Who is talking, as far as the core needs to know: never a name; the contact only for a consented referral. */
export interface Who {
  channel: 'webchat' | 'whatsapp';
  /** Keyed hash of channel and user id: the partition of everything stored about them. */
  userKey: string;
  /** The raw WhatsApp number; passed only so a consented referral can store it. */
  contact?: string;
  /** The web chat conversation, where an adviser's replies are delivered. */
  conversationId?: string;
  /** The helper's link code the person arrived from, if any. */
  source?: string;
}

/** Public facts the bot tells people so they can recognise the genuine service. */
export interface ServiceIdentity {
  whatsappNumber: string;
  baseUrl: string;
}

/** Everything the core needs from outside for a turn: data, pure functions and small async ports. */
export interface TurnDeps {
  translator: Translator;
  /** Languages whose strings are machine-written and not yet reviewed by a person. */
  machineTranslated: ReadonlySet<LanguageCode>;
  topics: TopicCatalog;
  matcher: () => Matcher;
  detectLanguage: (text: string) => LanguageGuess;
  personalData: PersonalDataPort;
  identity: ServiceIdentity;
  /** Days a person's conversation state is kept (told in the privacy notice). */
  stateRetentionDays: number;
  /** Checks a pasted link (see lambdas/core/links); `undefined` when the text holds no link. */
  checkLink?: (text: string) => LinkCheck | undefined;
  now: () => number;
  /** Referral storage; without it (e.g. a deployment with no partners) the adviser path says it is not available. */
  referrals?: ReferralPort;
  /** Live chats with advisers; without it, a referred person always talks to the bot. */
  liveChat?: LiveChatPort;
  /** Screening questions, routes and partner organisations. */
  catalogue?: PathwaysCatalogue;
  screeningPolicy?: Partial<ScreeningPolicy>;
  /** A fresh random id (seed of reference codes). */
  newId: () => string;
}

export type LinkCheck = { kind: 'not-ours' } | { kind: 'verified'; organisation?: string } | { kind: 'unverified' };

/** One turn's view of the deps: translations fixed to the person's language. */
export interface TurnScope {
  deps: TurnDeps;
  who: Who;
  language: LanguageCode;
  t: Translate;
  /** Strings of another namespace (nav, safety, privacy, screening, offer...). */
  ns: (namespace: string) => Translate;
}
