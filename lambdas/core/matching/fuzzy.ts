/**
 * Typo tolerance. Phones autocorrect into the wrong language and people type
 * fast: one slip in a short word, two in a long one. Candidates come from a
 * single-deletion index (SymSpell), verified with the optimal string alignment
 * distance; character n-grams catch inflected and glued forms.
 */

/** Every string one deletion away (the index keys for SymSpell with distance 1). */
export function deletions(word: string): string[] {
  const chars = [...word];
  const out = new Set<string>();
  for (let i = 0; i < chars.length; i++) out.add(chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
  return [...out];
}

/** Damerau distance restricted to adjacent transpositions; stops early above `max`. */
export function osaDistance(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, (prevPrev[j - 2] ?? 0) + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[t.length] ?? max + 1;
}

/** Edit distance allowed for a token of this many characters. */
export function allowedDistance(length: number): number {
  if (length < 4) return 0;
  return length >= 8 ? 2 : 1;
}

/** Character trigrams with word-boundary markers: "visa" → "#vi", "vis", "isa", "sa#". */
export function charGrams(word: string): string[] {
  const chars = [...`#${word}#`];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  return [...out];
}
