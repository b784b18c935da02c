// SetSecurityBehavior (Set security behavior): the older Voice ID block that streams the caller's audio
// to Voice ID (admin guide set-security-behavior; no flow-language page). Recorded; NextAction.
import { NEXT, type BlockHandler } from '../runtime/outcome.js';
import { outsideCall } from './outside-call.js';

export const setSecurityBehavior: BlockHandler = (action, _contact, context) => {
  const call = outsideCall(action, context);
  return call.failed ?? { branch: NEXT, counters: call.counters, settings: { SecurityBehavior: action.Parameters ?? {} } };
};
