// MessageParticipantIteratively ("Loop prompts"): plays its messages in a loop while the customer
// waits in queue; after InterruptFrequencySeconds the result is "MessagesInterrupted". Chat takes
// Error at once (devguide participant-actions-messageparticipantiteratively). cfsim plays the list
// once; without an interrupt the loop lasts until an agent answers, so the run ends there.
import { resolveText } from '../runtime/jsonpath.js';
import { errorBranch, type BlockHandler, type Prompt, withBranches } from '../runtime/outcome.js';
import { param, promptOf, promptTooLong } from './common.js';

export const messageParticipantIteratively: BlockHandler = withBranches((action, contact) => {
  if (contact.Channel === 'CHAT') return { branch: errorBranch('NoMatchingError'), reason: 'NoMatchingError: looping prompts are not played in chat' };
  const messages = param(action, 'Messages');
  const prompts = (Array.isArray(messages) ? messages : [])
    .map((message) => (typeof message === 'object' && message !== null ? promptOf(message as Record<string, unknown>, contact) : undefined))
    .filter((prompt): prompt is Prompt => prompt !== undefined);
  const tooLong = promptTooLong(prompts);
  if (tooLong) return tooLong;
  const seconds = Number(resolveText(param(action, 'InterruptFrequencySeconds'), contact));
  if (!Number.isFinite(seconds) || seconds <= 0) {
    return { branch: { kind: 'end', outcome: 'Ended' }, prompts, reason: 'no InterruptFrequencySeconds: the prompts loop until an agent answers, so the flow ends here' };
  }
  return { branch: { kind: 'result', result: 'MessagesInterrupted' }, prompts, reason: `interrupted after ${seconds} s`, elapsedSeconds: seconds };
}, { routesByResult: true, results: ['MessagesInterrupted'], errors: ['NoMatchingError'] });
