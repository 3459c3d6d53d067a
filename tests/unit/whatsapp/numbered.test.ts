import { describe, expect, it } from 'vitest';
import {
  parseNumberedAnswer,
  renderFallbackMessages,
  renderNumberedFallback,
} from '../../../lambdas/channels/whatsapp/numbered';
import type { Reply } from '../../../lambdas/core/conversation/messages';

const reply: Reply = {
  text: 'What do you need?',
  choices: [
    { id: 'area:work', title: 'Work', description: 'Jobs abroad' },
    { id: 'area:docs', title: 'Travel\ndocuments' },
    { id: 'adviser', title: 'Talk to a person' },
  ],
};

describe('renderNumberedFallback', () => {
  it('renders the text, a blank line and one numbered line per choice', () => {
    expect(renderNumberedFallback(reply)).toBe('What do you need?\n\n1. Work\n2. Travel documents\n3. Talk to a person');
  });

  it('renders only the lines when there is no text, and only the text without choices', () => {
    expect(renderNumberedFallback({ text: ' ', choices: [{ id: 'a', title: 'A' }] })).toBe('1. A');
    expect(renderNumberedFallback({ text: 'Hello' })).toBe('Hello');
  });

  it('numbers lines so the core reads each number back as that choice', () => {
    const many: Reply = { text: 'x', choices: Array.from({ length: 25 }, (_, i) => ({ id: `c${i}`, title: `T${i}` })) };
    const lines = renderNumberedFallback(many).split('\n').slice(2);
    lines.forEach((line, i) => {
      const shown = line.split('.')[0] ?? '';
      expect(parseNumberedAnswer(shown, 25)).toBe(i + 1);
    });
  });

  it('splits a long fallback into text messages at line ends', () => {
    const long: Reply = { text: 'x', choices: Array.from({ length: 60 }, (_, i) => ({ id: `c${i}`, title: 'A long title '.repeat(8) })) };
    const out = renderFallbackMessages(long, '1');
    expect(out.length).toBeGreaterThan(1);
    for (const m of out) {
      expect(m.text.body.length).toBeLessThanOrEqual(4096);
      expect(m.text.body.split('\n').at(-1)).toMatch(/title$/);
    }
  });
});

describe('parseNumberedAnswer (the core parser, re-exported)', () => {
  it.each([
    ['ASCII', '3', 3],
    ['ASCII two digits', '12', 12],
    ['surrounding whitespace', '  3 \n', 3],
    ['trailing full stop', '3.', 3],
    ['parentheses', '(3)', 3],
    ['closing parenthesis', '3)', 3],
    ['hash', '#3', 3],
    ['Arabic-Indic', '٣', 3],
    ['Arabic-Indic two digits', '١٢', 12],
    ['Arabic-Indic with Arabic comma', '٣،', 3],
    ['Extended Arabic-Indic (Persian/Urdu)', '۳', 3],
    ['Extended Arabic-Indic two digits', '۱۰', 10],
    ['Devanagari', '३', 3],
    ['Bengali', '৩', 3],
    ['full-width', '３', 3],
    ['full-width with full-width brackets', '（３）', 3],
    ['Ethiopic one', '፩', 1],
    ['Ethiopic three', '፫', 3],
    ['Ethiopic ten', '፲', 10],
  ])('reads %s (%s)', (_, input, expected) => {
    expect(parseNumberedAnswer(input, 12)).toBe(expected);
  });

  it.each([
    ['zero', '0'],
    ['beyond the choices', '13'],
    ['empty', ''],
    ['a word', 'three'],
    ['a number in a sentence', '3 please'],
    ['a decimal', '3.5'],
    ['a negative', '-3'],
    ['punctuation only', '()'],
  ])('rejects %s (%s)', (_, input) => {
    expect(parseNumberedAnswer(input, 12)).toBeNull();
  });

  it('reads 1–25 in every decimal numbering system the runtime knows', () => {
    const systems = Intl.supportedValuesOf('numberingSystem');
    let checked = 0;
    for (const nu of systems) {
      const format = new Intl.NumberFormat(`en-u-nu-${nu}`, { useGrouping: false });
      if (format.resolvedOptions().numberingSystem !== nu) continue;
      const samples = Array.from({ length: 25 }, (_, i) => format.format(i + 1));
      if (!samples.every((s) => /^\p{Nd}+$/u.test(s))) continue;
      samples.forEach((s, i) => expect(parseNumberedAnswer(s, 25), `${nu} ${s}`).toBe(i + 1));
      checked++;
    }
    expect(checked).toBeGreaterThan(40);
  });
});
