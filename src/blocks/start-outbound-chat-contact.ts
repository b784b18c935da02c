// StartOutboundChatContact ("Send message"): starts an outbound SMS chat to DestinationEndpoint
// (devguide contact-actions-startoutboundchatcontact). Recorded; mocks.results can route an error.
import { resolveText } from '../runtime/jsonpath.js';
import { NEXT, type BlockHandler } from '../runtime/outcome.js';
import { recordParam } from './common.js';
import { outsideCall } from './outside-call.js';

export const startOutboundChatContact: BlockHandler = (action, contact, context) => {
  const call = outsideCall(action, context);
  if (call.failed) return call.failed;
  const to = resolveText(recordParam(action, 'DestinationEndpoint').Address, contact);
  const message = resolveText(recordParam(action, 'InitialSystemMessage').Content, contact);
  return { branch: NEXT, counters: call.counters, notes: [`SMS chat to ${to}${message ? `: ${JSON.stringify(message)}` : ''}`] };
};
