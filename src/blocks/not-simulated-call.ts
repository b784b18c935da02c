// The outcome of an outside call cfsim does not simulate beyond its branches (types AWS documents
// little or nothing of): mocks.results, by block Identifier or action Type, routes an error or gives
// the result the Conditions compare; with no mock, the success branch (NextAction) and a note saying so.
import type { FlowAction } from '../flow/types.js';
import { NEXT, type BlockContext, type Outcome } from '../runtime/outcome.js';
import { outsideCall } from './outside-call.js';

export function successUnlessMocked(action: FlowAction, context: BlockContext, note: string): Outcome {
  const call = outsideCall(action, context);
  if (call.failed) return call.failed;
  const result = call.taken?.mock.result;
  if (call.taken && result !== undefined) {
    return { branch: { kind: 'result', result }, counters: call.counters, reason: `result ${JSON.stringify(result)} (mocks.results ${call.taken.key})` };
  }
  return { branch: NEXT, counters: call.counters, notes: [note] };
}
