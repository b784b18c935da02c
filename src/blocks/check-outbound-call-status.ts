// CheckOutboundCallStatus ("Check call progress"): CallAnswered, VoicemailBeep, VoicemailNoBeep or
// NotDetected for an outbound campaign call (devguide flow-control-actions-checkoutboundcallstatus).
// cfsim takes mocks.results; with none, a person answered.
import { type BlockHandler, withBranches } from '../runtime/outcome.js';
import { outsideCall } from './outside-call.js';

export const checkOutboundCallStatus: BlockHandler = withBranches((action, _contact, context) => {
  const call = outsideCall(action, context);
  if (call.failed) return call.failed;
  const result = call.taken?.mock.result ?? 'CallAnswered';
  return { branch: { kind: 'result', result }, counters: call.counters, reason: `${result} (${call.taken ? `mocks.results ${call.taken.key}` : 'no mocks.results'})` };
}, { routesByResult: true });
