import { describe, expect, it } from 'vitest';
import { parseNumberedAnswer } from '../../../lambdas/core/conversation/numbered-answer';

describe('parseNumberedAnswer', () => {
  it.each([
    ['3', 3], ['٣', 3], ['۳', 3], ['३', 3], ['፫', 3], ['３', 3], ['(3)', 3], ['3.', 3], [' 3 ', 3], ['#3', 3],
    ['10', 10], ['١٠', 10], ['፲', 10], ['𝟑', 3],
  ])('reads %j as %i', (text, expected) => {
    expect(parseNumberedAnswer(text, 10)).toBe(expected);
  });

  it.each(['0', '11', 'three', '3a', '', '  ', '1 2', '-1', '٣٣٣٣'])('rejects %j', (text) => {
    expect(parseNumberedAnswer(text, 10)).toBeNull();
  });
});
