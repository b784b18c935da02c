import { describe, expect, it } from 'vitest';
import { boundedEditDistance, closest, editDistance, MAX_CANDIDATES, suggestionBudget } from '../../src/validate/closest.js';

/** The plain O(n·m) optimal string alignment distance, to check the banded one against. */
function reference(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const row = d[i]!;
      const previous = d[i - 1]!;
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[s.length]![t.length]!;
}

describe('did-you-mean', () => {
  it('agrees with the plain edit distance up to its limit', () => {
    // Given pseudo-random pairs over a small alphabet (so that they are often close)
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const word = (): string => Array.from({ length: next() % 12 }, () => 'abcA'[next() % 4]).join('');
    for (let n = 0; n < 2000; n++) {
      const [a, b, max] = [word(), word(), next() % 6];
      const expected = reference(a, b);
      // Then the banded distance is exact within max, and max + 1 beyond it
      expect(boundedEditDistance(a, b, max), `${a} ${b} ${max}`).toBe(expected <= max ? expected : max + 1);
    }
    expect(editDistance('Txt', 'Text')).toBe(1);
    expect(editDistance('NoneFuondError', 'NoneFoundError')).toBe(1);
  });

  it('suggests a key one edit away, and a type by its words', () => {
    expect(closest('Txt', ['Text', 'SSML', 'PromptId'])).toBe('Text');
    expect(closest('TransferToQueue', ['TransferContactToQueue', 'TransferToFlow'])).toBe('TransferContactToQueue');
    expect(closest('Completely', ['Text', 'SSML'])).toBeUndefined();
  });

  it('compares no long string, at most MAX_CANDIDATES candidates, and stops when the budget is spent', () => {
    // A name longer than any name is not compared at all
    expect(closest(`${'a'.repeat(200_000)}`, [`${'a'.repeat(199_999)}b`, 'a'])).toBeUndefined();
    // Nor is a long candidate
    expect(closest('abc', ['x'.repeat(1_000_000), 'abd'])).toBe('abd');
    // Candidates past the cap are not looked at
    const many = [...Array.from({ length: MAX_CANDIDATES }, (_, n) => `unrelated-${n}-zzzzzzzz`), 'hello'];
    expect(closest('helo', many)).toBeUndefined();
    // A spent budget suggests nothing, and a lookup spends from it
    expect(closest('Txt', ['Text'], suggestionBudget(0))).toBeUndefined();
    const budget = suggestionBudget(1000);
    expect(closest('NoneFuondError', ['NoneFoundError'], budget)).toBe('NoneFoundError');
    expect(budget.cells).toBeLessThan(1000);
  });
});
