import type { LanguageCode } from '../languages';
import type { ReferralStatus } from './referral-status';

/** A screening answer: a choice id, a number, free text, or `null` when skipped. */
export type Answer = string | number | null;
export type Answers = Record<string, Answer>;

/** What the person agreed to, kept with the referral as evidence of consent. */
export interface ConsentRecord {
  /** Version of the consent notice they were shown (routes.yaml `noticeVersion`). */
  noticeVersion: string;
  /** Epoch ms of the "yes". */
  at: number;
  language: LanguageCode;
  organisation: string;
  retentionDays: number;
  /** What is shared, in stable words (not the translated text). */
  shared: string[];
}

/** A referral as the core creates it, after consent. */
export interface NewReferral {
  /** Human-friendly reference, also the referral's id (see referral-code.ts). */
  code: string;
  userKey: string;
  channel: 'webchat' | 'whatsapp';
  /** The raw WhatsApp number: stored only here, with consent. */
  contact?: string;
  /** Web chat conversation the adviser's replies go to. */
  conversationId?: string;
  language: LanguageCode;
  /** ISO 3166-1 alpha-2, or absent when unknown or "other". */
  country?: string;
  /** Route id, or `urgent` for the safety path. */
  pathway: string;
  organisation: string;
  urgent: boolean;
  answers: Answers;
  /** ISCO-08 code derived from the occupation answers. */
  isco?: string;
  criteriaMet: string[];
  criteriaMissed: string[];
  topicsRead: string[];
  /** The helper link the person arrived from, if any. */
  source?: string;
  consent: ConsentRecord;
  createdAt: number;
}

/** What the person may see about their own referral. */
export interface UserReferral {
  code: string;
  pathway: string;
  organisation: string;
  status: ReferralStatus;
  urgent: boolean;
  createdAt: number;
}

/**
 * Where referrals live. `create` is idempotent on the code: repeating a
 * creation by the same person answers `exists`; a code held by someone else
 * answers `code-taken` and the caller draws another.
 */
export interface ReferralPort {
  create(referral: NewReferral): Promise<'created' | 'exists' | 'code-taken'>;
  /** The person's referrals, newest first, expired ones left out. */
  listForUser(userKey: string): Promise<UserReferral[]>;
  /** Withdraws one of the person's own referrals and removes what it held about them. */
  withdraw(userKey: string, code: string, at: number): Promise<'withdrawn' | 'not-found' | 'finished'>;
}
