// Which cases a `cfsim test` runs: --grep on case names, `only:` and `skip:` in the files, and
// --shard k/n (a deterministic, balanced part of the cases). Plain data in and out.
import type { ScenarioCase, ScenarioDocument } from './types.js';

/** A --grep pattern longer than this is refused: matching must stay cheap on any input. */
export const MAX_GREP_LENGTH = 200;
/** Only this much of a case name is matched against a regular expression. */
const MAX_NAME_MATCHED = 1000;

export type NameFilter = (name: string) => boolean;

/**
 * `--grep`: a plain substring, or `/regex/flags`. A regular expression with a quantified group
 * that itself holds a quantifier (`(a+)+`, `(x*)*`, `(a|aa){2,}` ...) is refused: such patterns can
 * take exponential time (catastrophic backtracking), and case names come from files anyone writes.
 */
export function parseGrep(pattern: string): { readonly ok: true; readonly filter: NameFilter } | { readonly ok: false; readonly reason: string } {
  if (pattern.length > MAX_GREP_LENGTH) return { ok: false, reason: `the pattern has ${pattern.length} characters; at most ${MAX_GREP_LENGTH}` };
  const literal = /^\/(.*)\/([a-z]*)$/s.exec(pattern);
  if (!literal) return { ok: true, filter: (name) => name.includes(pattern) };
  const [, source = '', flags = ''] = literal;
  if (/[gy]/.test(flags)) return { ok: false, reason: 'the flags g and y make a pattern stateful; use i, m, s or u' };
  if (hasNestedQuantifier(source)) return { ok: false, reason: 'a repeated group that holds a repetition ((a+)+, (a|aa)*) can take exponential time; simplify the pattern' };
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  return { ok: true, filter: (name) => regex.test(name.slice(0, MAX_NAME_MATCHED)) };
}

/** A group, with a quantifier or an alternation inside, followed by a quantifier. */
function hasNestedQuantifier(source: string): boolean {
  const stack: boolean[] = [];
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') {
      index++;
      continue;
    }
    if (char === '(') stack.push(false);
    else if (char === ')') {
      const inner = stack.pop() ?? false;
      const next = source[index + 1];
      if (inner && (next === '*' || next === '+' || next === '{' || next === '?')) return true;
      if (inner && stack.length) stack[stack.length - 1] = true;
    } else if ((char === '*' || char === '+' || char === '{' || char === '|') && stack.length) {
      stack[stack.length - 1] = true;
    }
  }
  return false;
}

export interface Shard {
  /** 1-based. */
  readonly current: number;
  readonly total: number;
}

/** `2/4` → {current: 2, total: 4}; undefined when malformed. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  if (!match) return undefined;
  const current = Number(match[1]);
  const total = Number(match[2]);
  return current >= 1 && total >= 1 && current <= total ? { current, total } : undefined;
}

export interface Selection {
  readonly grep?: NameFilter;
  readonly shard?: Shard;
}

/**
 * The documents with only the cases this run takes, in the same order: --grep drops the cases
 * whose names do not match; when any remaining case of any file says `only: true`, the others are
 * skipped ("not marked only"); --shard keeps the k-th of n contiguous runs of the remaining cases,
 * in file order, their sizes differing by at most one. Files left with no case are dropped.
 */
export function selectCases(documents: readonly ScenarioDocument[], selection: Selection): ScenarioDocument[] {
  const grep = selection.grep;
  const kept = documents.map((document) => (grep ? { ...document, cases: document.cases.filter((item) => grep(item.name)) } : document));
  const anyOnly = kept.some((document) => document.cases.some((item) => item.only === true));
  const marked = anyOnly
    ? kept.map((document) => ({ ...document, cases: document.cases.map((item): ScenarioCase => (item.only === true || item.skip !== undefined ? item : { ...item, skip: 'not marked only (another case is)' })) }))
    : kept;
  const shard = selection.shard;
  if (!shard) return marked.filter((document) => document.cases.length > 0 || !grep);
  const total = marked.reduce((sum, document) => sum + document.cases.length, 0);
  const start = Math.floor(((shard.current - 1) * total) / shard.total);
  const end = Math.floor((shard.current * total) / shard.total);
  let position = 0;
  const sharded: ScenarioDocument[] = [];
  for (const document of marked) {
    const cases = document.cases.filter(() => {
      const inShard = position >= start && position < end;
      position++;
      return inShard;
    });
    if (cases.length) sharded.push({ ...document, cases });
  }
  return sharded;
}
