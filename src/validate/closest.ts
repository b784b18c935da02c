/** Edit distance (optimal string alignment: a swap of two neighbours costs 1), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= t.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= s.length; i++) {
    const row = rows[i] as number[];
    const previous = rows[i - 1] as number[];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (rows[s.length] as number[])[t.length] as number;
}

const MAX_SUGGESTED_LENGTH = 200;

/**
 * The candidate a typo most likely meant, or undefined when nothing is close.
 * Also matches by shared words, so TransferToQueue finds TransferContactToQueue.
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  // The edit distance is O(n·m): names longer than any real one get no suggestion (issue 12).
  if (name.length > MAX_SUGGESTED_LENGTH) return undefined;
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  const words = splitWords(name);
  for (const candidate of candidates) {
    if (candidate.length > MAX_SUGGESTED_LENGTH) continue;
    const distance = editDistance(name, candidate);
    const limit = Math.max(2, Math.floor(Math.max(name.length, candidate.length) / 3));
    const candidateWords = splitWords(candidate);
    const sharesAllWords = words.length > 1 && words.every((word) => candidateWords.includes(word));
    if (distance > limit && !sharesAllWords) continue;
    // Prefer close spellings; a candidate that contains every word is a good match even if longer.
    const score = sharesAllWords ? Math.min(distance, candidateWords.length - words.length) : distance;
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function splitWords(name: string): string[] {
  return name.split(/(?=[A-Z])|[_\-.\s]+/).filter(Boolean).map((word) => word.toLowerCase());
}

export function didYouMean(name: string, candidates: Iterable<string>): string {
  const suggestion = closest(name, candidates);
  return suggestion ? `did you mean "${suggestion}"?` : '';
}
