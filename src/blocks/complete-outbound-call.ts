// CompleteOutboundCall ("Call phone number"): dials the outbound destination before the first
// participant action (devguide contact-actions-completeoutboundcall). Recorded in the trace.
import { resolveText } from '../runtime/jsonpath.js';
import { NEXT, type BlockHandler } from '../runtime/outcome.js';
import { recordParam } from './common.js';

export const completeOutboundCall: BlockHandler = (action, contact) => {
  const callerId = resolveText(recordParam(action, 'CallerId').Number, contact);
  return { branch: NEXT, reason: `called ${contact.CustomerEndpoint.Address || '(no number)'}${callerId ? ` from ${callerId}` : ''}` };
};
