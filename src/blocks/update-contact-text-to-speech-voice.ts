// UpdateContactTextToSpeechVoice ("Set voice"): the Amazon Polly voice (and engine, style) for
// text-to-speech, read as $.TextToSpeechVoiceId; Joanna until set (APIReference
// contact-actions-updatecontacttexttospeechvoice).
import { NEXT, type BlockHandler } from '../runtime/outcome.js';
import { textParam } from './common.js';

export const updateContactTextToSpeechVoice: BlockHandler = (action, contact) => {
  const voice = textParam(action, contact, 'TextToSpeechVoice');
  const engine = textParam(action, contact, 'TextToSpeechEngine');
  const style = textParam(action, contact, 'TextToSpeechStyle');
  const settings = { ...(engine ? { TextToSpeechEngine: engine } : {}), ...(style ? { TextToSpeechStyle: style } : {}) };
  return {
    branch: NEXT,
    ...(voice ? { contact: { ...contact, TextToSpeechVoiceId: voice }, reason: `voice ${voice}` } : {}),
    ...(Object.keys(settings).length ? { settings } : {}),
  };
};
