// CreateWisdomSession ("Amazon Q in Connect"): associates a Wisdom assistant with the contact
// (devguide createwisdomsession). cfsim sets a made-up $.Wisdom.SessionArn for later blocks.
import { NEXT, type BlockHandler } from '../runtime/outcome.js';
import { textParam } from './common.js';
import { outsideCall } from './outside-call.js';

export const createWisdomSession: BlockHandler = (action, contact, context) => {
  const call = outsideCall(action, context);
  if (call.failed) return call.failed;
  const assistant = textParam(action, contact, 'WisdomAssistantArn') ?? '';
  const SessionArn = `${assistant}/session/${contact.ContactId}`;
  return { branch: NEXT, contact: { ...contact, Wisdom: { ...contact.Wisdom, SessionArn } }, counters: call.counters, reason: `session ${SessionArn}` };
};
