import { isLanguageCode, type LanguageCode } from '../languages';
import { findOrganisation, type Organisation } from './organisations';
import { TOPIC_ID } from './share-url';
import { isValidSignature, type LinkClaim } from './signature';

/** Why a link on our own address is not shown as verified. */
export type UnverifiedReason = 'not-a-share-link' | 'unknown-topic-or-language' | 'missing-signature' | 'bad-signature' | 'unregistered-source';

export type ClaimCheck =
  | { kind: 'verified'; topic: string; lang: LanguageCode; organisation?: Organisation }
  | { kind: 'unverified'; reason: UnverifiedReason };

export interface VerifyContext {
  key: string;
  organisations: readonly Organisation[];
  /** Known topic ids; when absent only their shape is checked. */
  topics?: readonly string[];
}

/**
 * Whether a share link's claim was issued by Pathways: its signature must
 * match `topic|lang|src` under our key, and a named source must be a
 * registered organisation. A link without `src` names nobody; signed, it
 * is Pathways' own link.
 */
export function verifyClaim(claim: LinkClaim, sig: string | undefined, ctx: VerifyContext): ClaimCheck {
  const knownTopic = TOPIC_ID.test(claim.topic) && (!ctx.topics || ctx.topics.includes(claim.topic));
  if (!knownTopic || !isLanguageCode(claim.lang)) return { kind: 'unverified', reason: 'unknown-topic-or-language' };
  if (!sig) return { kind: 'unverified', reason: 'missing-signature' };
  if (!isValidSignature(ctx.key, claim, sig)) return { kind: 'unverified', reason: 'bad-signature' };
  if (!claim.src) return { kind: 'verified', topic: claim.topic, lang: claim.lang };
  const organisation = findOrganisation(ctx.organisations, claim.src);
  if (!organisation) return { kind: 'unverified', reason: 'unregistered-source' };
  return { kind: 'verified', topic: claim.topic, lang: claim.lang, organisation };
}

/**
 * The counter label for a visit: the organisation's code only when the link
 * is verified for it, so forged links cannot inflate anyone's figures and
 * made-up codes cannot grow the number of counters.
 */
export function counterSource(claim: LinkClaim, check: ClaimCheck): string {
  if (!claim.src) return 'none';
  return check.kind === 'verified' && check.organisation ? check.organisation.code : 'unregistered';
}
