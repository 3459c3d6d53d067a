import { createHmac } from 'node:crypto';
import { equalInConstantTime } from '../../core/constant-time';

/** Header prefix Meta puts before the hex digest in `X-Hub-Signature-256`. */
const PREFIX = 'sha256=';
const HEX_DIGEST = /^[0-9a-f]{64}$/i;

/**
 * Checks the `X-Hub-Signature-256` header of a webhook delivery. Without
 * this check anyone who knows the URL could post fake user messages.
 *
 * The HMAC-SHA256 is computed over the raw request bytes. Parsed and
 * re-serialised JSON differs in spacing and escaping, so it would not
 * match. Decode an API Gateway `isBase64Encoded` body to bytes first. The
 * digests are compared in constant time (`equalInConstantTime`),
 * so the time taken says nothing about how much of a forgery matched.
 *
 * @returns false for a missing, malformed or wrong signature; never throws for bad input.
 * @throws TypeError if `appSecret` is empty: an empty key would make every
 *   signature forgeable, so that is a setup bug that must not fail open.
 */
export function verifySignature(rawBody: Buffer | string, header: string | undefined, appSecret: string): boolean {
  assertSecret(appSecret);
  if (typeof header !== 'string' || !header.startsWith(PREFIX)) return false;
  const hex = header.slice(PREFIX.length).trim();
  if (!HEX_DIGEST.test(hex)) return false;
  const received = Buffer.from(hex, 'hex');
  const expected = digest(rawBody, appSecret);
  return equalInConstantTime(received, expected);
}

/**
 * Computes the header value Meta would send for `rawBody`, for the local
 * simulator and tests.
 *
 * @returns `sha256=<64 lowercase hex digits>`.
 * @throws TypeError if `appSecret` is empty.
 */
export function signBody(rawBody: Buffer | string, appSecret: string): string {
  assertSecret(appSecret);
  return PREFIX + digest(rawBody, appSecret).toString('hex');
}

function digest(rawBody: Buffer | string, appSecret: string): Buffer {
  const bytes = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
  return createHmac('sha256', appSecret).update(bytes).digest();
}

function assertSecret(appSecret: string): void {
  if (typeof appSecret !== 'string' || appSecret === '') throw new TypeError('WhatsApp app secret is empty');
}
