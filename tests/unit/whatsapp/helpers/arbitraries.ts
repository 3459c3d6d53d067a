import fc from 'fast-check';
import type { Choice } from '../../../../lambdas/core/conversation/messages';

/** Words in the scripts Pathways serves or may serve, with combining marks, emoji sequences and flags. */
const WORDS = [
  'hello', 'passport', 'work-permit', 'e\u0301te\u0301', 'Привет', 'नमस्ते', '中文',
  'مرحبا', 'شُكْرًا', 'مُحَمَّدٌ', 'اللّٰه', 'پاسپورت', 'کار',
  'ሰላም', 'ትግርኛ', 'ኤርትራ', 'ሰ\u135Fላም', '፩፪፫',
  '👋', '👍🏽', '👨‍👩‍👧‍👦', '🇪🇷', '🏳️‍🌈', '1.5', 'e.g.', 'https://example.org/a.b?c=d',
];

/** Separators, including sentence ends in Latin, Arabic and Ge'ez scripts and a no-break space. */
const SEPARATORS = [' ', ' ', ' ', ' ', '\n', '\n\n', '. ', '! ', '? ', '؟ ', '۔ ', '። ', '፧ ', ', ', '\u00A0', '."  ', ' \t '];

/** A single word far longer than any limit, in several scripts. */
const longWord = fc
  .tuple(fc.constantFrom('a', 'ب', 'ሀ', '😀', 'e\u0301', 'بِّ'), fc.integer({ min: 15, max: 2500 }))
  .map(([unit, n]) => unit.repeat(n));

export const word = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }) },
  { weight: 1, arbitrary: longWord },
);

/** Multilingual text from empty to about 12,000 code units. */
export const text = fc
  .array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { maxLength: 900 })
  .map((pairs) => pairs.map(([w, s]) => w + s).join(''));

/** Short multilingual text (titles, labels). */
export const shortText = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 })), fc.constantFrom(' ', ' ', '\n')), {
    minLength: 1,
    maxLength: 8,
  })
  .map((pairs) => pairs.map(([w, s]) => w + s).join(''));

/** 1–25 choices with unique ids (some at the 200-character limit) and titles from short to very long. */
export const choices: fc.Arbitrary<Choice[]> = fc
  .array(
    fc.record(
      {
        title: fc.oneof(fc.constantFrom('Yes', 'No', 'نعم', 'አዎ', 'Work 👷🏽'), shortText),
        description: shortText,
        long: fc.boolean(),
      },
      { requiredKeys: ['title', 'long'] },
    ),
    { minLength: 1, maxLength: 25 },
  )
  .filter((cs) => cs.every((c) => c.title.trim() !== ''))
  .map((cs) =>
    cs.map((c, i) => ({
      id: c.long ? `${i}:`.padEnd(200, 'x') : `choice-${i}`,
      title: c.title,
      ...(c.description === undefined ? {} : { description: c.description }),
    })),
  );
