// `cfsim run --json`: the run's result as one JSON document (the contract in docs/running-flows.md).
import { toRunResult } from '../../runtime/result.js';
import type { RunOutput } from '../../runtime/run.js';

export function formatRunJson(output: RunOutput): string {
  return `${JSON.stringify(toRunResult(output), null, 2)}\n`;
}
