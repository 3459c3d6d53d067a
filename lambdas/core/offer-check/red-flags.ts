import type { LanguageCode } from '../languages';
import { AR } from './patterns/ar';
import { EN } from './patterns/en';
import { ES } from './patterns/es';
import { FA_AF } from './patterns/fa-af';
import { FR } from './patterns/fr';
import { PS } from './patterns/ps';
import { SO } from './patterns/so';
import { SW } from './patterns/sw';
import { TI } from './patterns/ti';
import type { FlagRules, LanguagePatterns } from './patterns/types';
import { UK } from './patterns/uk';

/**
 * The warning signs of unfair recruitment and fake offers that the check
 * looks for, in the order they are reported (most harmful first). Each is
 * taken from the topics it links to: fees (rights.fair-recruitment: the
 * employer pays, ILO General Principles and C181 Art. 7), documents kept
 * (rights.keep-your-documents: an ILO forced-labour indicator), a visa for
 * sale or "for sure" and pay too good to be true (pathways.fake-offers),
 * no written contract in a language you understand (rights.written-contract),
 * an employer you cannot look up and pressure to decide fast
 * (predeparture.check-offer-and-contract).
 */
export const RED_FLAG_IDS = ['fee', 'passport', 'visa-sold', 'no-contract', 'vague-employer', 'high-wage', 'pressure'] as const;

export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export function isRedFlagId(value: unknown): value is RedFlagId {
  return typeof value === 'string' && (RED_FLAG_IDS as readonly string[]).includes(value);
}

/** The topic that explains each sign and the right it touches; offered after a check. */
export const RED_FLAG_TOPIC: Record<RedFlagId, string> = {
  fee: 'rights.fair-recruitment',
  passport: 'rights.keep-your-documents',
  'visa-sold': 'pathways.fake-offers',
  'no-contract': 'rights.written-contract',
  'vague-employer': 'predeparture.check-offer-and-contract',
  'high-wage': 'pathways.fake-offers',
  pressure: 'predeparture.check-offer-and-contract',
};

/** Where to complain or get advice once a sign is found. */
export const COMPLAINTS_TOPIC = 'rights.complaints-and-remedies';

/** Detection patterns per language (see patterns/types.ts); text in any language is checked against all of them. */
export const PATTERNS: Record<LanguageCode, LanguagePatterns> = {
  en: EN,
  ar: AR,
  fr: FR,
  es: ES,
  'fa-AF': FA_AF,
  ps: PS,
  so: SO,
  sw: SW,
  ti: TI,
  uk: UK,
};

export interface RedFlag {
  id: RedFlagId;
  topic: string;
  patterns: Record<LanguageCode, FlagRules>;
}

/** Each sign with its topic and its phrases in every language. */
export const RED_FLAGS: readonly RedFlag[] = RED_FLAG_IDS.map((id) => ({
  id,
  topic: RED_FLAG_TOPIC[id],
  patterns: Object.fromEntries(Object.entries(PATTERNS).map(([code, p]) => [code, p.flags[id]])) as Record<LanguageCode, FlagRules>,
}));
