import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSignature, signLink, SIGNATURE_LENGTH } from '../../../lambdas/core/links/signature';

const KEY = 'test-link-signing-key-0123456789';
const claim = { topic: 'rights.right-to-work', lang: 'ar', src: 'demo-ngo' };

describe('link signatures', () => {
  it('are 10 base64url characters, stable for the same claim and key', () => {
    const sig = signLink(KEY, claim);
    expect(sig).toMatch(/^[A-Za-z0-9_-]{10}$/);
    expect(SIGNATURE_LENGTH).toBe(10);
    expect(signLink(KEY, { ...claim })).toBe(sig);
  });

  it('verify for the claim they were made for', () => {
    expect(isValidSignature(KEY, claim, signLink(KEY, claim))).toBe(true);
    expect(isValidSignature(KEY, { ...claim, src: '' }, signLink(KEY, { ...claim, src: '' }))).toBe(true);
  });

  it('fail when the topic, language or source is changed, or the key differs', () => {
    const sig = signLink(KEY, claim);
    expect(isValidSignature(KEY, { ...claim, topic: 'rights.fair-recruitment' }, sig)).toBe(false);
    expect(isValidSignature(KEY, { ...claim, lang: 'fa-AF' }, sig)).toBe(false);
    expect(isValidSignature(KEY, { ...claim, src: 'demo-school' }, sig)).toBe(false);
    expect(isValidSignature(KEY, { ...claim, src: '' }, sig)).toBe(false);
    expect(isValidSignature('another-key-0123456789abcdef', claim, sig)).toBe(false);
  });

  it('reject forged, truncated, padded and missing signatures', () => {
    const sig = signLink(KEY, claim);
    const flipped = sig.slice(0, -1) + (sig.endsWith('A') ? 'B' : 'A');
    for (const forged of [flipped, sig.slice(0, 9), `${sig}x`, '', undefined, 'AAAAAAAAAA', sig.toLowerCase() === sig ? sig.toUpperCase() : sig.toLowerCase()]) {
      expect(isValidSignature(KEY, claim, forged)).toBe(false);
    }
  });

  it('cannot be moved between fields: topic|lang|src is one message', () => {
    // "a|b|c" split differently must not verify (the separator is not allowed in any field's format).
    const a = { topic: 'rights.x', lang: 'en', src: 'demo' };
    expect(isValidSignature(KEY, { topic: 'rights.x|en', lang: 'demo', src: '' }, signLink(KEY, a))).toBe(false);
  });

  it('property: a signature verifies only its own claim', () => {
    const part = fc.stringMatching(/^[a-z0-9.-]{1,20}$/);
    fc.assert(
      fc.property(fc.tuple(part, part, part), fc.tuple(part, part, part), ([t1, l1, s1], [t2, l2, s2]) => {
        const one = { topic: t1, lang: l1, src: s1 };
        const two = { topic: t2, lang: l2, src: s2 };
        const sig = signLink(KEY, one);
        expect(isValidSignature(KEY, one, sig)).toBe(true);
        if (t1 !== t2 || l1 !== l2 || s1 !== s2) expect(isValidSignature(KEY, two, sig)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a short key', () => {
    expect(() => signLink('short', claim)).toThrow(/16/);
  });
});
