import * as z from 'zod';

/** Who is calling the advisers' API, from their token's claims. */
export interface AdviserIdentity {
  /** The user pool's subject: stable, recorded in audit entries. */
  id: string;
  email?: string;
  /** The one organisation whose referrals they may see. */
  org: string;
  /** Leads may read audit trails. */
  lead: boolean;
}

export type TokenProblem = 'missing' | 'malformed' | 'forged' | 'expired' | 'no-organisation';

export interface AdviserVerifier {
  verify(token: string): Promise<AdviserIdentity | TokenProblem>;
}

/** Cognito groups: `org:<id>` names the organisation (exactly one), `lead` marks a lead. */
export const ORG_GROUP_PREFIX = 'org:';
export const LEAD_GROUP = 'lead';

const claimsSchema = z.object({
  sub: z.string().min(1).max(200),
  email: z.string().max(320).optional(),
  'cognito:groups': z.array(z.string()).default([]),
});

/** Maps verified claims to an identity; a token with no (or several) organisations grants nothing. */
export function identityFromClaims(claims: unknown): AdviserIdentity | TokenProblem {
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) return 'malformed';
  const groups = parsed.data['cognito:groups'];
  const orgs = groups.filter((g) => g.startsWith(ORG_GROUP_PREFIX)).map((g) => g.slice(ORG_GROUP_PREFIX.length));
  const [org, ...more] = orgs;
  if (!org || more.length > 0) return 'no-organisation';
  return { id: parsed.data.sub, ...(parsed.data.email ? { email: parsed.data.email } : {}), org, lead: groups.includes(LEAD_GROUP) };
}
