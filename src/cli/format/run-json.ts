// `cfsim run --json`: the run's result as one JSON document (the contract in docs/running-flows.md).
import { toRunResult } from '../../runtime/result.js';
import type { RunOutput } from '../../runtime/run.js';

/** The run's result, and the seed its ids came from (so that the run can be repeated). */
export function formatRunJson(output: RunOutput, seed?: string): string {
  return `${JSON.stringify({ ...toRunResult(output), ...(seed !== undefined ? { seed } : {}) }, null, 2)}\n`;
}
