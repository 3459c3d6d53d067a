import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitTail, splitText } from '../../../lambdas/channels/whatsapp/text-split';
import { text } from './helpers/arbitraries';
import { expectLosslessSplit } from './helpers/split-check';

describe('splitText', () => {
  it('returns short text whole, trimmed, and nothing for blank text', () => {
    expect(splitText('  Hello  ')).toEqual(['Hello']);
    expect(splitText(' \n\t ')).toEqual([]);
    expect(splitText('')).toEqual([]);
  });

  it.each([
    ['Latin', 'Hello there. How are you? Fine thanks!', 14, ['Hello there.', 'How are you?', 'Fine thanks!']],
    ['Arabic ؟ and ۔', 'مرحبا بك؟ كيف حالك۔ أنا بخير.', 12, ['مرحبا بك؟', 'كيف حالك۔', 'أنا بخير.']],
    ["Ge'ez ። and ፧", 'ሰላም ነው። እንዴት ነህ፧ ደህና ነኝ።', 12, ['ሰላም ነው።', 'እንዴት ነህ፧', 'ደህና ነኝ።']],
    ['newlines', 'line one\nline two\nline three', 19, ['line one\nline two', 'line three']],
  ])('prefers sentence ends (%s)', (_, input, max, expected) => {
    expect(splitText(input, max)).toEqual(expected);
  });

  it('prefers the last sentence end over a later space', () => {
    expect(splitText('One two. Three four five six', 20)).toEqual(['One two.', 'Three four five six']);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(splitText('He said "stop." Then (he left.) Bye', 17)).toEqual(['He said "stop."', 'Then (he left.)', 'Bye']);
  });

  it('does not treat a decimal point or an abbreviation without space as a sentence end', () => {
    expect(splitText('Pay 1.5 euros per page e.g.today', 12)).toEqual(['Pay 1.5', 'euros per', 'page', 'e.g.today']);
  });

  it('does not read a list number ("38. Title") as a sentence end', () => {
    expect(splitText('1. Work permits\n2. Travel documents', 30)).toEqual(['1. Work permits', '2. Travel documents']);
    expect(splitText('Born in 1990. Then moved', 20)).toEqual(['Born in 1990. Then', 'moved']);
  });

  it('falls back to whitespace, never breaking a no-break space', () => {
    expect(splitText('aaa bbb\u00A0ccc', 10)).toEqual(['aaa', 'bbb\u00A0ccc']);
  });

  it('cuts inside a word only when the word alone exceeds the limit', () => {
    expect(splitText('x ' + 'a'.repeat(25) + ' y', 10)).toEqual(['x', 'aaaaaaaaaa', 'aaaaaaaaaa', 'aaaaa y']);
  });

  it('never separates Arabic letters from their harakat or emoji from modifiers', () => {
    const arabic = 'مُحَمَّدٌ'.repeat(10);
    for (const part of splitText(arabic, 7)) expect(part).not.toMatch(/^\p{M}/u);
    expect(splitText(arabic, 7).join('')).toBe(arabic);
    const family = '👨‍👩‍👧‍👦'.repeat(5);
    expect(splitText(family, 12)).toEqual(Array(5).fill('👨‍👩‍👧‍👦'));
    expect(splitText('ሰ\u135F'.repeat(6), 5).every((p) => p.length % 2 === 0)).toBe(true);
  });

  it('splits a grapheme only when it alone exceeds the limit', () => {
    const zalgo = 'a' + '\u0301'.repeat(9);
    expect(splitText(zalgo, 4).join('')).toBe(zalgo);
  });

  it('rejects a limit that cannot hold a code point', () => {
    expect(() => splitText('abc', 1)).toThrow(RangeError);
    expect(() => splitText('abc', 2.5)).toThrow(RangeError);
  });

  it('property: lossless, within the limit, grapheme-safe, no mid-word cuts (real limits)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(4096, 1024), (input, max) => {
        expectLosslessSplit(input, splitText(input, max), () => max);
      }),
      { numRuns: 60 },
    );
  });

  it('property: the same holds for small limits', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 300 }), (input, max) => {
        const sample = input.slice(0, 3000);
        expectLosslessSplit(sample, splitText(sample, max), () => max);
      }),
      { numRuns: 60 },
    );
  });
});

describe('splitTail', () => {
  it('returns everything as tail when it fits', () => {
    expect(splitTail(' short ', 10)).toEqual({ head: '', tail: 'short' });
  });

  it('keeps the longest tail that starts at a sentence end', () => {
    expect(splitTail('One. Two three four. Five six seven eight nine.', 30)).toEqual({
      head: 'One. Two three four.',
      tail: 'Five six seven eight nine.',
    });
  });

  it('falls back to a word boundary, then to a grapheme cut in one long word', () => {
    expect(splitTail('alpha beta gamma delta', 12)).toEqual({ head: 'alpha beta', tail: 'gamma delta' });
    expect(splitTail('x ' + 'b'.repeat(12), 5)).toEqual({ head: 'x ' + 'b'.repeat(7), tail: 'bbbbb' });
  });

  it('property: head + tail is the text; tail fits; cuts are clean', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 1024 }), (input, max) => {
        const { head, tail } = splitTail(input, max);
        expect(tail.length).toBeLessThanOrEqual(max);
        const parts = [head, tail].filter(Boolean);
        expectLosslessSplit(input, parts, (i) => (i === parts.length - 1 ? max : Number.MAX_SAFE_INTEGER));
      }),
      { numRuns: 60 },
    );
  });
});
