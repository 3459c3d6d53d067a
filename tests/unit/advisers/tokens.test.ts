import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DevAdviserVerifier, signDevAdviserToken } from '../../../lambdas/adapters/security/adviser-dev-token';
import { identityFromClaims } from '../../../lambdas/adapters/security/adviser-identity';

const key = 'k'.repeat(32);
const now = Date.UTC(2025, 0, 1);
const verifier = new DevAdviserVerifier(key, () => now);

describe('adviser identity from claims', () => {
  it.each([
    [{ sub: 's', 'cognito:groups': ['org:demo-org-a'] }, { id: 's', org: 'demo-org-a', lead: false }],
    [{ sub: 's', email: 'l@x.org', 'cognito:groups': ['lead', 'org:demo-org-b'] }, { id: 's', email: 'l@x.org', org: 'demo-org-b', lead: true }],
    [{ sub: 's', 'cognito:groups': ['lead'] }, 'no-organisation'],
    [{ sub: 's', 'cognito:groups': ['org:a', 'org:b'] }, 'no-organisation'],
    [{ sub: 's' }, 'no-organisation'],
    [{ 'cognito:groups': ['org:a'] }, 'malformed'],
  ])('%j → %j', (claims, expected) => {
    expect(identityFromClaims(claims)).toEqual(expected);
  });
});

describe('local adviser tokens', () => {
  it('round-trips organisation, email and lead', async () => {
    const token = signDevAdviserToken(key, { org: 'demo-org-a', email: 'a@x.org', lead: true }, now);
    expect(await verifier.verify(token)).toEqual({ id: 'dev-a@x.org', email: 'a@x.org', org: 'demo-org-a', lead: true });
  });

  it('refuses expired, forged, altered, alg-none and future-dated tokens', async () => {
    const good = signDevAdviserToken(key, { org: 'demo-org-a', email: 'a@x.org' }, now);
    const [h, p] = good.split('.') as [string, string];
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
    const resign = (claims: Record<string, unknown>, header = h) => {
      const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return `${header}.${body}.${createHmac('sha256', key).update(`${header}.${body}`).digest('base64url')}`;
    };
    expect(await verifier.verify(signDevAdviserToken(key, { org: 'a', email: 'a@x.org' }, now - 9 * 3600_000))).toBe('expired');
    expect(await verifier.verify(signDevAdviserToken('z'.repeat(32), { org: 'a', email: 'a@x.org' }, now))).toBe('forged');
    expect(await verifier.verify(`${h}.${Buffer.from(JSON.stringify({ ...payload, 'cognito:groups': ['org:demo-org-b'] })).toString('base64url')}.${good.split('.')[2]}`)).toBe('forged');
    expect(await verifier.verify(`${Buffer.from('{"alg":"none"}').toString('base64url')}.${p}.`)).toBe('malformed');
    expect(await verifier.verify(resign({ ...payload, iat: Math.floor(now / 1000) + 3600, exp: Math.floor(now / 1000) + 7200 }))).toBe('malformed');
    expect(await verifier.verify(resign({ ...payload, iss: 'https://cognito-idp.example' }))).toBe('malformed');
    expect(await verifier.verify('a.b')).toBe('malformed');
  });
});
