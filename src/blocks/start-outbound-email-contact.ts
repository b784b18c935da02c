// StartOutboundEmailContact: the Send message block sends an email (admin guide send-message; API
// StartOutboundEmailContact; no flow-language page). Recorded in the trace; NextAction unless mocked.
import { resolveText } from '../runtime/jsonpath.js';
import type { BlockHandler } from '../runtime/outcome.js';
import { recordParam } from './common.js';
import { successUnlessMocked } from './not-simulated-call.js';

export const startOutboundEmailContact: BlockHandler = (action, contact, context) => {
  const to = resolveText(recordParam(action, 'DestinationEmailAddress').EmailAddress, contact);
  return successUnlessMocked(action, context, `email to ${to || '(no address)'} (not sent)`);
};
