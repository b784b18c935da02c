// Where a run left the path a case expected: the step that chose to go elsewhere. This is the
// line a reader needs first when a case fails, so it is computed once and shown by every reporter.
import type { RunResult } from '../runtime/result.js';
import type { Divergence, Expectations } from './types.js';

type Step = RunResult['steps'][number];

export function findDivergence(expect: Expectations, result: RunResult): Divergence | undefined {
  const expectedPath = expect.path ?? expect.pathPrefix;
  if (expectedPath) {
    const divergence = pathDivergence(expectedPath, result.steps, expect.path !== undefined);
    if (divergence) return divergence;
  }
  return branchDivergence(expect.branches ?? {}, result.steps);
}

/**
 * The first step whose successor is not the expected one. When the very first block differs there
 * is no earlier step to blame, so that block is shown; when the run stopped short, its last step.
 */
function pathDivergence(expected: readonly string[], steps: readonly Step[], exact: boolean): Divergence | undefined {
  const length = Math.max(steps.length, exact ? expected.length + 1 : expected.length);
  for (let index = 0; index < length; index++) {
    const want = expected[index];
    const got = steps[index];
    if (want === undefined && !exact) return undefined;
    if (want !== undefined && got?.identifier === want) continue;
    if (want === undefined && got === undefined) return undefined;
    const at = index === 0 ? steps[0] : steps[index - 1];
    if (!at) return undefined;
    return divergenceAt(at, index === 0 ? 1 : index, want === undefined ? 'the run to end' : index === 0 ? `to start at ${want}` : `next: ${want}`);
  }
  return undefined;
}

/** The first step, in run order, whose block took another branch than the case expected. */
function branchDivergence(branches: NonNullable<Expectations['branches']>, steps: readonly Step[]): Divergence | undefined {
  const visits = new Map<string, number>();
  for (const [index, step] of steps.entries()) {
    const expected = branches[step.identifier];
    if (expected === undefined) continue;
    const visit = visits.get(step.identifier) ?? 0;
    visits.set(step.identifier, visit + 1);
    const want = typeof expected === 'string' ? (visit === 0 ? expected : undefined) : expected[visit];
    if (want !== undefined && want !== step.branch) return divergenceAt(step, index + 1, `branch ${want}`);
  }
  return undefined;
}

function divergenceAt(step: Step, number: number, expected: string): Divergence {
  return {
    step: number,
    identifier: step.identifier,
    branch: step.branch,
    next: step.next,
    ...(step.reason ? { reason: step.reason } : {}),
    expected,
  };
}
