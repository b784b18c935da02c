// CreateCallbackContact: queues a callback to the contact's callback number (devguide
// interactions-createcallbackcontact). Recorded; mocks.results can route an error.
import { NEXT, type BlockHandler } from '../runtime/outcome.js';
import { textParam } from './common.js';
import { outsideCall } from './outside-call.js';

export const createCallbackContact: BlockHandler = (action, contact, context) => {
  const call = outsideCall(action, context);
  if (call.failed) return call.failed;
  const number = (context.state.settings.CallbackNumber as string | undefined) ?? contact.CustomerEndpoint.Address;
  const queue = textParam(action, contact, 'QueueId') ?? contact.Queue?.Name ?? 'the working queue';
  return { branch: NEXT, counters: call.counters, notes: [`callback to ${number || '(no number)'} queued in ${queue}`] };
};
