import { timingSafeEqual } from 'node:crypto';

/**
 * Whether two secrets, signatures or digests are equal, in a time that does
 * not depend on where they differ, so response timing reveals nothing about
 * the right value. Different lengths answer at once: that reveals only the
 * length, which every caller's format fixes anyway.
 */
export function equalInConstantTime(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const x = typeof a === 'string' ? Buffer.from(a) : a;
  const y = typeof b === 'string' ? Buffer.from(b) : b;
  return x.length === y.length && timingSafeEqual(x, y);
}
