import { createHash } from 'node:crypto';
import type { AuditEntry } from './referral-items';

/** The hash before the first entry. Each entry also names its referral, so entries cannot be moved between chains. */
export const GENESIS_HASH = '0'.repeat(64);

export type UnsealedEntry = Omit<AuditEntry, 'prevHash' | 'hash'>;

/** JSON with keys sorted at every level, so a hash never depends on property order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 over the previous entry's hash and this entry's content. */
export function entryHash(prevHash: string, entry: UnsealedEntry): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonical(entry)).digest('hex');
}

export function seal(prevHash: string, entry: UnsealedEntry): AuditEntry {
  return { ...entry, prevHash, hash: entryHash(prevHash, entry) };
}

export type ChainCheck = { ok: true; length: number } | { ok: false; brokenAt: number; reason: string };

/**
 * Verifies a referral's audit trail: consecutive sequence numbers from 1,
 * each entry linked to the one before, each hash recomputed from content,
 * and the last one equal to the head kept on the referral itself (so
 * deleting entries from the end is caught too).
 */
export function verifyChain(code: string, entries: AuditEntry[], head: { seq: number; hash: string }): ChainCheck {
  let prev = GENESIS_HASH;
  for (const [i, entry] of entries.entries()) {
    const { prevHash, hash, ...content } = entry;
    if (entry.seq !== i + 1) return { ok: false, brokenAt: i + 1, reason: 'missing or reordered entry' };
    if (entry.code !== code) return { ok: false, brokenAt: entry.seq, reason: 'entry belongs to another referral' };
    if (prevHash !== prev) return { ok: false, brokenAt: entry.seq, reason: 'link to the previous entry is broken' };
    if (entryHash(prevHash, content) !== hash) return { ok: false, brokenAt: entry.seq, reason: 'entry content was changed' };
    prev = hash;
  }
  if (entries.length !== head.seq || prev !== head.hash) return { ok: false, brokenAt: entries.length + 1, reason: 'entries are missing at the end' };
  return { ok: true, length: entries.length };
}
