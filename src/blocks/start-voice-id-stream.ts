// StartVoiceIdStream ("Set Voice ID"): starts streaming the caller's audio to Voice ID; voice
// only, chat and task take Error (devguide flow-control-actions-startvoiceidstream).
import { errorBranch, NEXT, type BlockHandler, withBranches } from '../runtime/outcome.js';
import { outsideCall } from './outside-call.js';

export const startVoiceIdStream: BlockHandler = withBranches((action, contact, context) => {
  if (contact.Channel !== 'VOICE') return { branch: errorBranch('NoMatchingError'), reason: `NoMatchingError: Voice ID needs a VOICE contact, not ${contact.Channel}` };
  const call = outsideCall(action, context);
  if (call.failed) return call.failed;
  return { branch: NEXT, settings: { VoiceIdStream: 'Started' }, counters: call.counters, reason: call.taken ? `mocks.results ${call.taken.key}` : 'no mocks.results: the stream starts' };
}, { errors: ['NoMatchingError'] });
