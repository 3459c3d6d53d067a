import { createHmac } from 'node:crypto';
import { equalInConstantTime } from '../../core/constant-time';
import * as z from 'zod';
import { identityFromClaims, LEAD_GROUP, ORG_GROUP_PREFIX, type AdviserIdentity, type AdviserVerifier, type TokenProblem } from './adviser-identity';

/** Issuer and audience of local development tokens; a Cognito token never carries them. */
export const DEV_ISSUER = 'pathways-local-advisers';
export const DEV_AUDIENCE = 'pathways-advisers';
const CLOCK_SKEW_SECONDS = 60;

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const headerSchema = z.object({ alg: z.literal('HS256'), typ: z.literal('JWT').optional() });
const payloadSchema = z.object({ iss: z.literal(DEV_ISSUER), aud: z.literal(DEV_AUDIENCE), exp: z.number(), iat: z.number() }).loose();

/**
 * Local stand-in for Cognito: HS256 JWTs with the same claims a Cognito ID
 * token carries (`sub`, `email`, `cognito:groups`), signed with the local
 * `adviserSigningKey`. Never configured in AWS.
 */
export function signDevAdviserToken(
  key: string,
  who: { org: string; email: string; lead?: boolean; sub?: string },
  nowMs: number,
  ttlSeconds = 8 * 3600,
): string {
  const iat = Math.floor(nowMs / 1000);
  const groups = [`${ORG_GROUP_PREFIX}${who.org}`, ...(who.lead ? [LEAD_GROUP] : [])];
  const payload = { sub: who.sub ?? `dev-${who.email}`, email: who.email, 'cognito:groups': groups, iss: DEV_ISSUER, aud: DEV_AUDIENCE, token_use: 'id', iat, exp: iat + ttlSeconds };
  const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
  return `${unsigned}.${sign(key, unsigned)}`;
}

export class DevAdviserVerifier implements AdviserVerifier {
  constructor(
    private readonly key: string,
    private readonly now: () => number = Date.now,
  ) {
    if (key.length < 16) throw new Error('adviser signing key must be at least 16 characters');
  }

  async verify(token: string): Promise<AdviserIdentity | TokenProblem> {
    const [header, payload, signature, extra] = token.split('.');
    if (!header || !payload || !signature || extra !== undefined) return 'malformed';
    const decoded = (part: string) => {
      try {
        return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
      } catch {
        return undefined;
      }
    };
    // The algorithm is fixed: a token asking for "none" or RS256 is refused before any signature check.
    if (!headerSchema.safeParse(decoded(header)).success) return 'malformed';
    if (!equalInConstantTime(sign(this.key, `${header}.${payload}`), signature)) return 'forged';
    const claims = payloadSchema.safeParse(decoded(payload));
    if (!claims.success) return 'malformed';
    const nowS = this.now() / 1000;
    if (claims.data.exp <= nowS) return 'expired';
    if (claims.data.iat > nowS + CLOCK_SKEW_SECONDS) return 'malformed';
    return identityFromClaims(claims.data);
  }
}

function sign(key: string, data: string): string {
  return createHmac('sha256', key).update(data).digest('base64url');
}
