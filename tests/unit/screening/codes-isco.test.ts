import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  iscoCode,
  isReferralCode,
  ISCO_MAJOR_GROUPS,
  ISCO_SUB_MAJOR_GROUPS,
  parseReferralCode,
  referralCodeFrom,
  subMajorGroupsOf,
} from '../../../lambdas/core/screening';

describe('reference codes', () => {
  it('look like PW-7K3Q9, from an alphabet with no look-alikes', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (seed) => {
        const code = referralCodeFrom(seed);
        expect(code).toMatch(/^PW-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$/);
        expect(isReferralCode(code)).toBe(true);
      }),
    );
    for (const lookalike of '01ILO') expect(CODE_ALPHABET).not.toContain(lookalike);
  });

  it('are the same for the same seed (a re-run turn makes the same referral) and spread over the space', () => {
    expect(referralCodeFrom('a')).toBe(referralCodeFrom('a'));
    const codes = new Set(Array.from({ length: 5000 }, (_, i) => referralCodeFrom(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)));
    expect(codes.size).toBeGreaterThan(4990);
  });

  it.each([
    ['pw-7k3q9', 'PW-7K3Q9'],
    [' PW 7K3Q9 ', 'PW-7K3Q9'],
    ['7k3q9', 'PW-7K3Q9'],
    ['PW-7K3Q0', undefined],
    ['PW-7K3Q', undefined],
  ])('reads %j as %j', (typed, code) => {
    expect(parseReferralCode(typed)).toBe(code);
  });
});

describe('ISCO-08 occupations', () => {
  it('has the ten major groups, armed forces included, and the 43 sub-major groups', () => {
    expect(ISCO_MAJOR_GROUPS).toHaveLength(10);
    expect(Object.values(ISCO_SUB_MAJOR_GROUPS).flat()).toHaveLength(43);
  });

  it('files every sub-major group under the major group of its first digit', () => {
    for (const major of ISCO_MAJOR_GROUPS) {
      for (const sub of ISCO_SUB_MAJOR_GROUPS[major]) expect(sub).toMatch(new RegExp(`^${major}\\d$`));
    }
  });

  it.each([
    ['2', '22', '22'],
    ['2', undefined, '2'],
    ['2', null, '2'],
    ['2', '71', '2'],
    ['0', '03', '03'],
    [null, '22', undefined],
    ['x', undefined, undefined],
  ])('maps major %j and sub-major %j to %j', (major, sub, code) => {
    expect(iscoCode(major, sub)).toBe(code);
  });

  it('offers no sub-major groups for anything but a major group', () => {
    expect(subMajorGroupsOf('9')).toEqual(['91', '92', '93', '94', '95', '96']);
    expect(subMajorGroupsOf(null)).toEqual([]);
  });
});
