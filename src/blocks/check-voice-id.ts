// CheckVoiceId: the Voice ID result for enrollmentStatus, voiceAuthentication or fraudDetection,
// compared with Equals (exports write "Authenticated", "NotAuthenticated", "NotEnrolled", "OptedOut",
// "Inconclusive"); voice only, chat and task take Error (devguide flow-control-actions-checkvoiceid).
// cfsim takes mocks.results; with none, a caller with no voiceprint: NotEnrolled (Inconclusive for fraud).
import { valueText } from '../flow/value-text.js';
import { errorBranch, type BlockHandler, withBranches } from '../runtime/outcome.js';
import { param } from './common.js';
import { outsideCall } from './outside-call.js';

export const checkVoiceId: BlockHandler = withBranches((action, contact, context) => {
  if (contact.Channel !== 'VOICE') return { branch: errorBranch('NoMatchingError'), reason: `NoMatchingError: Voice ID needs a VOICE contact, not ${contact.Channel}` };
  const call = outsideCall(action, context);
  if (call.failed) return call.failed;
  const option = valueText(param(action, 'CheckVoiceIdOption'));
  const fallback = option === 'fraudDetection' ? 'Inconclusive' : 'NotEnrolled';
  const result = call.taken?.mock.result ?? fallback;
  const source = call.taken ? `mocks.results ${call.taken.key}` : 'no mocks.results: no voiceprint';
  return { branch: { kind: 'result', result }, counters: call.counters, reason: `${option} is ${result} (${source})` };
}, { routesByResult: true, errors: ['NoMatchingError'] });
