import { describe, expect, it } from 'vitest';
import { checkOffer, RED_FLAG_IDS, type RedFlagId } from '../../../lambdas/core/offer-check';

/** Realistic forwarded offers in one language: scams with the signs they must raise, and fair offers that must raise none. */
export interface Samples {
  scams: { text: string; flags: RedFlagId[] }[];
  fair: string[];
}

/** Every scam raises exactly its signs (with quoted evidence); every fair offer raises none. */
export function describeSamples(language: string, samples: Samples): void {
  describe(`offers written in ${language}`, () => {
    it('has at least four scams and two fair offers', () => {
      expect(samples.scams.length).toBeGreaterThanOrEqual(4);
      expect(samples.fair.length).toBeGreaterThanOrEqual(2);
    });

    it.each(samples.scams.map((s, i) => [i + 1, s] as const))('scam %i raises its warning signs', (_, scam) => {
      const result = checkOffer(scam.text);
      expect(result.flags).toEqual(RED_FLAG_IDS.filter((id) => scam.flags.includes(id)));
      for (const id of result.flags) {
        const words = result.evidence[id] ?? '';
        expect(words.length).toBeGreaterThan(0);
        expect(words.length).toBeLessThanOrEqual(70);
      }
    });

    it.each(samples.fair.map((text, i) => [i + 1, text] as const))('fair offer %i raises none', (_, text) => {
      expect(checkOffer(text)).toEqual({ flags: [], evidence: {} });
    });
  });
}
