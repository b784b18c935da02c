// Compares one run's result (the `cfsim run --json` contract) with a case's expectations.
// One small check per expectation kind; each returns the failures it found.
import type { OutsideCallRecord } from '../runtime/outcome.js';
import type { RunResult } from '../runtime/result.js';
import type { ExpectedCall, Expectations, ExpectedValue, Failure } from './types.js';

/** An outside call as the run made it, with the block that made it. */
export interface CallMade extends OutsideCallRecord {
  readonly block: string;
}

/** The `cfsim run --json` result plus what only scenarios compare: flow attributes and outside calls. */
export interface CheckedResult extends RunResult {
  readonly flowAttributes: Readonly<Record<string, string>>;
  readonly calls: readonly CallMade[];
}

type Check = (expect: Expectations, result: CheckedResult) => Failure[];

const CHECKS: readonly Check[] = [
  path, pathPrefix, branches, values('customer'), values('attributes'), values('flowAttributes'), calls, prompts, promptsContain, outcome, queue, error, stoppedOnError,
];

export function checkExpectations(expect: Expectations, result: CheckedResult): Failure[] {
  return CHECKS.flatMap((check) => check(expect, result));
}

/** The identifiers the run went through, in order. */
export function identifiersOf(result: RunResult): string[] {
  return result.steps.map((step) => step.identifier);
}

function path(expect: Expectations, result: RunResult): Failure[] {
  if (!expect.path) return [];
  const actual = identifiersOf(result);
  return sameList(expect.path, actual) ? [] : [fail('path', `path: expected ${list(expect.path)}, got ${list(actual)}`, expect.path, actual)];
}

function pathPrefix(expect: Expectations, result: RunResult): Failure[] {
  if (!expect.pathPrefix) return [];
  const actual = identifiersOf(result).slice(0, expect.pathPrefix.length);
  return sameList(expect.pathPrefix, actual)
    ? []
    : [fail('pathPrefix', `pathPrefix: expected the run to start ${list(expect.pathPrefix)}, got ${list(actual)}`, expect.pathPrefix, actual)];
}

/** A branch is the first visit's branch; a list is every visit's branch, in order. */
function branches(expect: Expectations, result: RunResult): Failure[] {
  return Object.entries(expect.branches ?? {}).flatMap(([identifier, expected]) => {
    const taken = result.steps.filter((step) => step.identifier === identifier).map((step) => step.branch);
    const key = `branches.${identifier}`;
    if (!taken.length) return [fail('branches', `${key}: expected ${show(expected)}, but the run never reached ${identifier}`, expected, null)];
    if (typeof expected === 'string') {
      return taken[0] === expected ? [] : [fail('branches', `${key}: expected ${expected}, got ${taken[0]}`, expected, taken[0])];
    }
    return sameList(expected, taken) ? [] : [fail('branches', `${key}: expected the visits to take ${list(expected)}, got ${list(taken)}`, expected, taken)];
  });
}

/** $.Customer or $.Attributes at the end: null expects the field absent; other scalars compare as text. */
function values(kind: 'customer' | 'attributes' | 'flowAttributes'): Check {
  return (expect, result) =>
    Object.entries(expect[kind] ?? {}).flatMap(([field, expected]) => {
      const actual = Object.hasOwn(result[kind], field) ? result[kind][field] : undefined;
      const holds = expected === null ? actual === undefined : actual === String(expected);
      if (holds) return [];
      const got = actual === undefined ? 'it is not set' : `got ${JSON.stringify(actual)}`;
      return [fail(kind, `${kind}.${field}: expected ${describeValue(expected)}, ${got}`, expected, actual ?? null)];
    });
}

/**
 * The calls made, in order, exactly: each expected item matches one call (or `times` in a row) by
 * the fields it gives; a resource matches the full ARN or id or the name after its last / or :.
 */
function calls(expect: Expectations, result: CheckedResult): Failure[] {
  if (!expect.calls) return [];
  const expected = expect.calls.flatMap((call) => Array.from({ length: Math.min(call.times ?? 1, 1000) }, () => call));
  const made = result.calls;
  const length = Math.max(expected.length, made.length);
  for (let index = 0; index < length; index++) {
    const want = expected[index];
    const got = made[index];
    const problem = !want ? 'one call too many' : !got ? 'the run made no more calls' : callMismatch(want, got);
    if (!problem) continue;
    const message = `calls: call ${index + 1}: ${problem}; the run made ${made.length} call${made.length === 1 ? '' : 's'}: ${made.map(describeCall).join(', ') || 'none'}`;
    return [fail('calls', message, expect.calls, made)];
  }
  return [];
}

function callMismatch(want: ExpectedCall, got: CallMade): string | undefined {
  if (want.block !== undefined && want.block !== got.block) return `expected block ${want.block}, got ${got.block}`;
  if (want.kind !== undefined && want.kind !== got.kind) return `expected a ${want.kind} call, got ${got.kind} (${got.block})`;
  if (want.resource !== undefined && want.resource !== got.resource && want.resource !== lastSegment(got.resource)) {
    return `expected ${quote(want.resource)}, got ${quote(got.resource)} (${got.block})`;
  }
  for (const [name, value] of Object.entries(want.parameters ?? {})) {
    const actual = Object.hasOwn(got.parameters, name) ? got.parameters[name] : undefined;
    const holds = value === null ? actual === undefined : actual === String(value);
    if (!holds) return `${got.block} sent ${name} ${actual === undefined ? 'not at all' : JSON.stringify(actual)}, expected ${describeValue(value)}`;
  }
  return undefined;
}

function describeCall(call: CallMade): string {
  return `${call.block} → ${call.kind} ${lastSegment(call.resource) || '(none)'}`;
}

function lastSegment(reference: string): string {
  return reference.slice(Math.max(reference.lastIndexOf('/'), reference.lastIndexOf(':')) + 1);
}

function prompts(expect: Expectations, result: RunResult): Failure[] {
  if (!expect.prompts || sameList(expect.prompts, result.prompts)) return [];
  const at = expect.prompts.findIndex((text, index) => result.prompts[index] !== text);
  const index = at < 0 ? expect.prompts.length : at;
  const detail = `prompt ${index + 1}: expected ${quote(expect.prompts[index])}, got ${quote(result.prompts[index])}`;
  return [fail('prompts', `prompts: ${detail}`, expect.prompts, result.prompts)];
}

/** Each text within the prompts, in order: after the previous text, in the same prompt or a later one. */
function promptsContain(expect: Expectations, result: RunResult): Failure[] {
  let prompt = 0;
  let offset = 0;
  let previous: string | undefined;
  for (const text of expect.promptsContain ?? []) {
    const found = findFrom(result.prompts, text, prompt, offset);
    if (!found) {
      const where = previous === undefined ? '' : ` after ${quote(previous)}`;
      const message = `promptsContain: no prompt contains ${quote(text)}${where}; the prompts were ${JSON.stringify(result.prompts)}`;
      return [fail('promptsContain', message, expect.promptsContain, result.prompts)];
    }
    ({ prompt, offset } = found);
    previous = text;
  }
  return [];
}

function findFrom(prompts: readonly string[], text: string, prompt: number, offset: number): { prompt: number; offset: number } | undefined {
  for (let index = prompt; index < prompts.length; index++) {
    const at = (prompts[index] ?? '').indexOf(text, index === prompt ? offset : 0);
    if (at >= 0) return { prompt: index, offset: at + text.length };
  }
  return undefined;
}

function outcome(expect: Expectations, result: RunResult): Failure[] {
  if (!expect.outcome || expect.outcome === result.outcome) return [];
  const why = result.error ? ` (${result.error.code}: ${result.error.message})` : '';
  return [fail('outcome', `outcome: expected ${expect.outcome}, got ${result.outcome}${why}`, expect.outcome, result.outcome)];
}

function queue(expect: Expectations, result: RunResult): Failure[] {
  if (expect.queue === undefined || expect.queue === result.queue) return [];
  const got = result.queue === undefined ? `no queue (the run ended ${result.outcome})` : quote(result.queue);
  return [fail('queue', `queue: expected ${quote(expect.queue)}, got ${got}`, expect.queue, result.queue ?? null)];
}

function error(expect: Expectations, result: RunResult): Failure[] {
  if (expect.error === undefined || expect.error === result.error?.code) return [];
  const got = result.error ? `${result.error.code} (${result.error.message})` : `no error (the run ended ${result.outcome})`;
  return [fail('error', `error: expected ${expect.error}, got ${got}`, expect.error, result.error?.code ?? null)];
}

/** A run that stopped on a runtime error fails, unless the case expects an outcome or an error. */
function stoppedOnError(expect: Expectations, result: RunResult): Failure[] {
  if (!result.error || expect.outcome !== undefined || expect.error !== undefined) return [];
  return [fail('run', `the run stopped on an error: ${result.error.code}: ${result.error.message}`, 'no runtime error', result.error.code)];
}

function fail(expectation: Failure['expectation'], message: string, expected: unknown, actual: unknown): Failure {
  return { expectation, message, expected, actual };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function list(items: readonly string[]): string {
  return `[${items.join(', ')}]`;
}

function show(expected: string | readonly string[]): string {
  return typeof expected === 'string' ? expected : list(expected);
}

function quote(text: string | undefined): string {
  return text === undefined ? 'nothing' : JSON.stringify(text);
}

function describeValue(expected: ExpectedValue): string {
  return expected === null ? 'it not to be set' : JSON.stringify(String(expected));
}
