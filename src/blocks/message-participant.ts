// MessageParticipant: plays a prompt to a voice contact or sends a message in chat and tasks:
// Text or SSML (both may hold `$.` references), a prompt ARN, or S3 media. "PromptId and SSML are
// voice-only. Other channels support Text only." (devguide participant-actions-messageparticipant)
import { errorBranch, NEXT, type BlockHandler, withBranches } from '../runtime/outcome.js';
import { actionPrompt, param, promptTooLong } from './common.js';

export const messageParticipant: BlockHandler = withBranches((action, contact) => {
  const prompt = actionPrompt(action, contact);
  if (!prompt) return { branch: NEXT, reason: 'no Text, SSML, PromptId or Media: nothing played' };
  const tooLong = promptTooLong([prompt]);
  if (tooLong) return tooLong;
  if (prompt.kind !== 'text' && contact.Channel !== 'VOICE') {
    return { branch: errorBranch('NoMatchingError'), reason: `NoMatchingError: ${prompt.kind === 'ssml' ? 'SSML' : 'a recorded prompt'} needs a VOICE contact; ${contact.Channel} supports Text only` };
  }
  return { branch: NEXT, prompts: [prompt] };
}, { errors: (action) => (param(action, 'Text') === undefined && (param(action, 'SSML') !== undefined || param(action, 'PromptId') !== undefined || param(action, 'Media') !== undefined) ? ['NoMatchingError'] : []) });
