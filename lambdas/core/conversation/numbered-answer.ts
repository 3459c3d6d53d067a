/**
 * Reads a bare number typed in any script ("3", "٣", "۳", "३", "፫", "(3)", "3.")
 * so people can answer numbered options with the keyboard they have.
 */
const ETHIOPIC_NUMERALS = '፩፪፫፬፭፮፯፰፱፲';

export function parseNumberedAnswer(text: string, choiceCount: number): number | null {
  const trimmed = text.normalize('NFKC').trim().replace(/^[([{#]+|[)\]}.,:;!?؟،\s]+$/gu, '');
  if (!trimmed) return null;
  let value: number;
  if (trimmed.length === 1 && ETHIOPIC_NUMERALS.includes(trimmed)) {
    value = ETHIOPIC_NUMERALS.indexOf(trimmed) + 1;
  } else if (/^\p{Nd}{1,3}$/u.test(trimmed)) {
    value = Number([...trimmed].map(digitValue).join(''));
  } else {
    return null;
  }
  return value >= 1 && value <= choiceCount ? value : null;
}

/**
 * Unicode decimal digits come in runs of ten (0–9), sometimes back to back,
 * so a digit's value is its distance from the start of its run, modulo ten.
 */
export function digitValue(ch: string): number {
  let code = ch.codePointAt(0) ?? 0;
  let steps = 0;
  while (code > 0 && /\p{Nd}/u.test(String.fromCodePoint(code - 1))) {
    code--;
    steps++;
  }
  return steps % 10;
}
