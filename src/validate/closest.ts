// Did-you-mean for names read from a flow. The names come from anyone, so the work is bounded by
// construction: only strings up to MAX_COMPARED_LENGTH characters are compared, at most
// MAX_CANDIDATES candidates per lookup, with an edit distance that gives up past its limit, and the
// lookups of one file share a budget of MAX_CELLS table cells (after which nothing more is suggested).

/** Longer than any name a suggestion is for (an Identifier has at most 50 characters, keys and types fewer). */
export const MAX_COMPARED_LENGTH = 64;
/** More than the 250 actions a flow may have. */
export const MAX_CANDIDATES = 300;
/** Every lookup of one file together: some 20 to 40 ms of work on an idle machine. */
export const MAX_CELLS = 4_000_000;

/** What the lookups of one file may still spend, in edit-distance table cells. */
export interface SuggestionBudget {
  cells: number;
}

export function suggestionBudget(cells = MAX_CELLS): SuggestionBudget {
  return { cells };
}

/** Three rows of the distance table, reused from one candidate to the next. */
interface Rows {
  before: Int32Array;
  previous: Int32Array;
  row: Int32Array;
}

function rowsFor(width: number): Rows {
  return { before: new Int32Array(width), previous: new Int32Array(width), row: new Int32Array(width) };
}

/**
 * Edit distance (optimal string alignment: a swap of two neighbours costs 1), case-insensitive,
 * or `max + 1` as soon as it is known to be over `max`. Only cells within `max` of the diagonal are
 * computed, so the work is at most (2·max + 1) · a.length cells; the count is taken from `budget`.
 */
export function boundedEditDistance(a: string, b: string, max: number, budget: SuggestionBudget = suggestionBudget()): number {
  return distanceWithin(a.toLowerCase(), b.toLowerCase(), max, budget, rowsFor(b.length + 1));
}

/** boundedEditDistance of two lower-cased strings, with rows at least t.length + 1 long. */
function distanceWithin(s: string, t: string, max: number, budget: SuggestionBudget, rows: Rows): number {
  const over = max + 1;
  if (Math.abs(s.length - t.length) > max) return over;
  let { before, previous, row } = rows;
  // Cells outside the band hold `over`; row 0 is the distance from the empty prefix.
  before.fill(over, 0, t.length + 1);
  row.fill(over, 0, t.length + 1);
  for (let j = 0; j <= t.length; j++) previous[j] = j <= max ? j : over;
  for (let i = 1; i <= s.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(t.length, i + max);
    budget.cells -= to - from + 1;
    if (budget.cells < 0) return over;
    // This array last held row i-3, whose band started at most 3 cells earlier: clear those cells.
    for (let j = Math.max(1, from - 3); j < from; j++) row[j] = over;
    row[0] = i <= max ? i : over;
    let rowMin = row[0] as number;
    const sc = s.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const tc = t.charCodeAt(j - 1);
      let best = (previous[j - 1] as number) + (sc === tc ? 0 : 1);
      const deletion = (previous[j] as number) + 1;
      const insertion = (row[j - 1] as number) + 1;
      if (deletion < best) best = deletion;
      if (insertion < best) best = insertion;
      if (i > 1 && j > 1 && sc === t.charCodeAt(j - 2) && s.charCodeAt(i - 2) === tc) {
        const swap = (before[j - 2] as number) + 1;
        if (swap < best) best = swap;
      }
      row[j] = best < over ? best : over;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > max) return over; // every later row is at least as far
    [before, previous, row] = [previous, row, before];
  }
  return Math.min(previous[t.length] as number, over);
}

/** Edit distance of two short strings (tests and small tables); long strings are refused, not compared. */
export function editDistance(a: string, b: string): number {
  if (a.length > MAX_COMPARED_LENGTH || b.length > MAX_COMPARED_LENGTH) throw new RangeError('editDistance compares strings of at most 64 characters');
  return boundedEditDistance(a, b, Math.max(a.length, b.length));
}

/**
 * The candidate a typo most likely meant, or undefined when nothing is close (or the name is too
 * long to be a typo of a name, or the budget is spent). Also matches by shared words, so
 * TransferToQueue finds TransferContactToQueue.
 */
export function closest(name: string, candidates: Iterable<string>, budget: SuggestionBudget = suggestionBudget()): string | undefined {
  if (name.length === 0 || name.length > MAX_COMPARED_LENGTH) return undefined;
  const lower = name.toLowerCase();
  const rows = rowsFor(MAX_COMPARED_LENGTH + 1);
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  const words = splitWords(name);
  let seen = 0;
  for (const candidate of candidates) {
    if (++seen > MAX_CANDIDATES || budget.cells <= 0) break;
    if (candidate.length === 0 || candidate.length > MAX_COMPARED_LENGTH) continue;
    const limit = Math.max(2, Math.floor(Math.max(name.length, candidate.length) / 3));
    const candidateWords = words.length > 1 ? splitWords(candidate) : [];
    const sharesAllWords = words.length > 1 && words.every((word) => candidateWords.includes(word));
    const distance = distanceWithin(lower, candidate.toLowerCase(), sharesAllWords ? Math.max(name.length, candidate.length) : limit, budget, rows);
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
