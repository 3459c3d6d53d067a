import { describe, expect, it } from 'vitest';
import { WebchatTokens } from '../../../lambdas/adapters/security/webchat-token';

const tokens = new WebchatTokens('a-test-key-of-enough-length');
const grant = { conversationId: 'conversation-a', userId: 'user-number-1', exp: 2_000_000_000 };

describe('web chat tokens', () => {
  it('round-trips a grant', () => {
    expect(tokens.verify(tokens.issue(grant), 1_000)).toEqual(grant);
  });

  it('rejects a token signed with another key as forged', () => {
    const other = new WebchatTokens('another-key-of-enough-length');
    expect(tokens.verify(other.issue(grant), 1_000)).toBe('forged');
  });

  it('rejects a token whose payload was edited to name another conversation', () => {
    const [, signature] = tokens.issue(grant).split('.');
    const payload = Buffer.from(JSON.stringify({ c: 'conversation-b', u: grant.userId, e: grant.exp })).toString('base64url');
    expect(tokens.verify(`${payload}.${signature}`, 1_000)).toBe('forged');
  });

  it('rejects an expired token', () => {
    expect(tokens.verify(tokens.issue(grant), grant.exp * 1000)).toBe('expired');
  });

  it.each(['', 'abc', 'a.b.c', '.', 'x.'])('rejects malformed token %j', (token) => {
    expect(tokens.verify(token, 1_000)).toMatch(/malformed|forged/);
  });
});
