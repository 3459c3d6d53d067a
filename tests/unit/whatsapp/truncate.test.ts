import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, oneLine, truncate } from '../../../lambdas/channels/whatsapp/truncate';
import { shortText } from './helpers/arbitraries';
import { graphemeBoundaries } from './helpers/split-check';

describe('truncate', () => {
  it('leaves text that fits alone', () => {
    expect(truncate('Work permits', 24)).toEqual({ text: 'Work permits', truncated: false });
    expect(truncate('x'.repeat(24), 24).truncated).toBe(false);
  });

  it('cuts at a word boundary and adds an ellipsis', () => {
    expect(truncate('Registration of residence permits', 24)).toEqual({ text: 'Registration of…', truncated: true });
  });

  it('drops punctuation before the ellipsis', () => {
    expect(truncate('Work, study and family', 10).text).toBe('Work…');
    expect(truncate('Travel documents. Passports and more', 20).text).toBe('Travel documents…');
  });

  it('cuts a long word at a grapheme boundary when no word boundary keeps half the room', () => {
    expect(truncate('A Supercalifragilisticexpialidocious', 24).text).toBe('A Supercalifragilistice…');
    expect(truncate('👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦', 24).text).toBe('👨‍👩‍👧‍👦👨‍👩‍👧‍👦…');
  });

  it('keeps Arabic harakat and Ethiopic marks with their letters', () => {
    const arabic = truncate('مُحَمَّدٌ'.repeat(5), 20).text;
    expect(arabic.length).toBeLessThanOrEqual(20);
    expect(arabic.replace(ELLIPSIS, '')).toMatch(/^(مُحَمَّدٌ)*(مُ|مُحَ|مُحَمَّ)?$/u);
    expect(truncate('ሰ\u135F'.repeat(20), 9).text).toBe('ሰ\u135F'.repeat(4) + ELLIPSIS);
  });

  it('rejects a size with no room for text and ellipsis', () => {
    expect(() => truncate('abcdef', 2)).toThrow(RangeError);
  });

  it('property: fits, is a grapheme-aligned prefix plus ellipsis, or the text itself', () => {
    fc.assert(
      fc.property(shortText, fc.integer({ min: 3, max: 80 }), (input, max) => {
        const t = oneLine(input);
        const { text, truncated } = truncate(t, max);
        expect(text.length).toBeLessThanOrEqual(max);
        if (!truncated) {
          expect(text).toBe(t);
          return;
        }
        expect(text.endsWith(ELLIPSIS)).toBe(true);
        const kept = text.slice(0, -ELLIPSIS.length);
        expect(t.startsWith(kept)).toBe(true);
        if (Math.max(...[...new Intl.Segmenter().segment(t)].map((s) => s.segment.length)) < max - 1) {
          expect(graphemeBoundaries(t).has(kept.length)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('oneLine', () => {
  it('collapses whitespace and newlines', () => {
    expect(oneLine('  Work\n\tpermits  now ')).toBe('Work permits now');
  });
});
