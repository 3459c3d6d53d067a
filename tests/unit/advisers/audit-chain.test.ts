import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, seal, verifyChain } from '../../../lambdas/adapters/dynamodb/audit-chain';
import type { AuditEntry } from '../../../lambdas/adapters/dynamodb/referral-items';

function chain(n: number, code = 'PW-22222'): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let seq = 1; seq <= n; seq++) {
    entries.push(seal(entries.at(-1)?.hash ?? GENESIS_HASH, { code, seq, at: 1000 + seq, actor: { kind: 'adviser', id: `a${seq}` }, action: seq === 1 ? 'created' : 'viewed' }));
  }
  return entries;
}
const headOf = (e: AuditEntry[]) => ({ seq: e.length, hash: e.at(-1)?.hash ?? GENESIS_HASH });

describe('audit hash chain', () => {
  it('verifies an untouched chain', () => {
    const entries = chain(5);
    expect(verifyChain('PW-22222', entries, headOf(entries))).toEqual({ ok: true, length: 5 });
  });

  it('does not depend on the order of properties', () => {
    const [first] = chain(1);
    const reordered = Object.fromEntries(Object.entries(first!).reverse()) as AuditEntry;
    expect(verifyChain('PW-22222', [reordered], headOf([first!])).ok).toBe(true);
  });

  it.each([
    ['a changed actor', (e: AuditEntry[]) => (e[2] = { ...e[2]!, actor: { kind: 'adviser', id: 'mallory' } }), 3],
    ['a deleted middle entry', (e: AuditEntry[]) => e.splice(1, 1), 2],
    ['swapped entries', (e: AuditEntry[]) => ([e[1], e[2]] = [e[2]!, e[1]!]), 2],
    ['a re-hashed entry', (e: AuditEntry[]) => {
      const { prevHash: _p, hash: _h, ...content } = e[1]!;
      e[1] = seal(e[0]!.hash, { ...content, actor: { kind: 'system', id: 'x' } });
    }, 3],
    ['a removed last entry', (e: AuditEntry[]) => e.pop(), 5],
  ])('detects %s', (_name, tamper, brokenAt) => {
    const entries = chain(5);
    const head = headOf(entries);
    tamper(entries);
    expect(verifyChain('PW-22222', entries, head)).toMatchObject({ ok: false, brokenAt });
  });

  it('detects an entry moved from another referral', () => {
    const entries = chain(2, 'PW-33333');
    expect(verifyChain('PW-22222', entries, headOf(entries))).toMatchObject({ ok: false, brokenAt: 1 });
  });
});
