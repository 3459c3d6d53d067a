import { describe, expect, it } from 'vitest';
import { ethiopicConsonantBase, foldForMatching, isArabizi, normalizeText, scriptOf, skeleton, tokenize } from '../../../lambdas/core/matching/normalize';

describe('normalizeText', () => {
  it.each([
    ['Latin: case, accents, punctuation, emoji', 'Ça VA? Éxpiré!! 👍', 'ca va expire'],
    ['Spanish ñ and inverted marks', '¿Cómo está el niño?', 'como esta el nino'],
    ['French ligature and apostrophe', "l'œuvre d’art", 'loeuvre dart'],
    ['Somali glottal stop apostrophe', "su'aal la'aan", 'suaal laaan'],
    ['fullwidth letters and digits (NFKC)', 'ＣＴＤ １２３', 'ctd 123'],
  ])('%s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('Arabic: strips tashkeel and tatweel, digits to ASCII', () => {
    expect(normalizeText('وَثِيقَةُ السَّفَر')).toBe('وثيقة السفر');
    expect(normalizeText('مـــرحـــبا')).toBe('مرحبا');
    expect(normalizeText('٢٠٢٥ و ۱۵۰۰')).toBe('2025 و 1500');
  });

  it('Persian: zero-width non-joiner joins the word', () => {
    expect(normalizeText('می‌خواهم')).toBe('میخواهم');
  });

  it('keeps Pashto and Persian letters (language ID needs them)', () => {
    expect(normalizeText('پښتو ګټه')).toBe('پښتو ګټه');
  });

  it('Cyrillic: keeps й and ї, removes stress marks, drops apostrophes', () => {
    expect(normalizeText('Їжак і йогурт')).toBe('їжак і йогурт');
    expect(normalizeText('робо́та')).toBe('робота');
    expect(normalizeText("м'ясо сім’ї")).toBe('мясо сімї');
  });

  it('Ethiopic: word space and punctuation become spaces, syllables kept, digits to ASCII', () => {
    expect(normalizeText('ሰላም፡ከመይ ኣለኻ።')).toBe('ሰላም ከመይ ኣለኻ');
    expect(normalizeText('፫ ዓመት')).toBe('3 ዓመት');
  });
});

describe('foldForMatching', () => {
  it('Arabic: unifies alef, yeh, teh marbuta and hamza carriers', () => {
    expect(foldForMatching('أإآا')).toBe('اااا');
    expect(foldForMatching('على مدرسة')).toBe('علي مدرسه');
  });

  it('Persian/Arabic keyboards meet: ی/ي and ک/ك', () => {
    expect(foldForMatching('کار یک')).toBe(foldForMatching('كار يك'));
  });

  it('Pashto letters fold to their nearest common form', () => {
    expect(foldForMatching('ټکټ')).toBe(foldForMatching('تکت'));
    expect(foldForMatching('ډېر')).toBe(foldForMatching('دیر'));
  });

  it('Ukrainian typed on a Russian layout meets Ukrainian', () => {
    expect(foldForMatching('працівників')).toBe(foldForMatching('працивникив'));
    expect(foldForMatching('єднання')).toBe(foldForMatching('еднання'));
  });

  it('Tigrinya interchangeable letters fold', () => {
    expect(foldForMatching('ሠላም')).toBe(foldForMatching('ሰላም'));
  });
});

describe('tokens, scripts and skeletons', () => {
  it('tokenizes on spaces', () => {
    expect(tokenize('a b  c')).toEqual(['a', 'b', 'c']);
  });

  it('detects the dominant script', () => {
    expect(scriptOf('hello')).toBe('latin');
    expect(scriptOf('مرحبا')).toBe('arabic');
    expect(scriptOf('привіт')).toBe('cyrillic');
    expect(scriptOf('ሰላም')).toBe('ethiopic');
  });

  it('recognises Arabizi tokens but not ordinals or plain numbers', () => {
    expect(isArabizi('3ayez')).toBe(true);
    expect(isArabizi('sa7')).toBe(true);
    expect(isArabizi('2nd')).toBe(false);
    expect(isArabizi('2025')).toBe(false);
  });

  it('gives Arabizi and romanised spellings one consonant skeleton', () => {
    expect(skeleton('sho8l')).toBe(skeleton('shoghl'));
    expect(skeleton('shughul')).toBe(skeleton('shoghl'));
    expect(skeleton('7abibi')).toBe(skeleton('habibi'));
    expect(skeleton('chokran')).toBe(skeleton('shokran'));
  });

  it('folds Ethiopic syllables to their consonant base', () => {
    expect(ethiopicConsonantBase('ሰላም')).toBe(ethiopicConsonantBase('ሱሊሞ'));
  });
});
