/**
 * Reference codes people can read out on a bad phone line and type on any
 * keyboard: `PW-` and five characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L). 31^5 ≈ 28.6 million codes; collisions are expected at
 * scale and handled by the store's conditional write (the caller draws again).
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 5;
const CODE_PATTERN = new RegExp(`^PW-[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

export function isReferralCode(value: unknown): value is string {
  return typeof value === 'string' && CODE_PATTERN.test(value);
}

/**
 * A code drawn from a random seed (the turn's `newId()`, e.g. a UUID). The
 * core has no randomness of its own, so it spreads the seed's entropy over
 * the code with a 53-bit string hash (cyrb53); equal seeds give equal codes,
 * which keeps a re-run turn idempotent.
 */
export function referralCodeFrom(seed: string): string {
  let hash = cyrb53(seed);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    code += CODE_ALPHABET[hash % CODE_ALPHABET.length];
    hash = Math.floor(hash / CODE_ALPHABET.length);
  }
  return `PW-${code}`;
}

/** Accepts what a person or adviser types ("pw 7k3q9", "PW-7K3Q9 ") and returns the code, or undefined. */
export function parseReferralCode(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[\s_-]+/g, '');
  const candidate = compact.startsWith('PW') ? `PW-${compact.slice(2)}` : `PW-${compact}`;
  return isReferralCode(candidate) ? candidate : undefined;
}

function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
