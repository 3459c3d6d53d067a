import { createHmac } from 'node:crypto';
import { equalInConstantTime } from '../constant-time';

/**
 * Short signatures on helpers' share links: HMAC-SHA256 over
 * `topic|lang|src`, base64url, cut to 10 characters (60 bits). Long enough
 * that guessing one by trying links is hopeless at our request rates, short
 * enough that a printed or pasted link stays readable.
 */
export const SIGNATURE_LENGTH = 10;

/** What a share link claims: a topic, a language and, optionally, an organisation's source code. */
export interface LinkClaim {
  topic: string;
  lang: string;
  /** Empty for Pathways' own links that name no organisation. */
  src: string;
}

export function signLink(key: string, claim: LinkClaim): string {
  if (key.length < 16) throw new Error('link signing key must be at least 16 characters');
  return createHmac('sha256', key).update(`${claim.topic}|${claim.lang}|${claim.src}`).digest('base64url').slice(0, SIGNATURE_LENGTH);
}

/** Constant-time comparison, so response timing reveals nothing about the right signature. */
export function isValidSignature(key: string, claim: LinkClaim, signature: string | undefined): boolean {
  if (typeof signature !== 'string' || signature.length !== SIGNATURE_LENGTH) return false;
  return equalInConstantTime(signLink(key, claim), signature);
}
