// UpdateContactCallbackNumber ("Set callback number"): the number a callback dials; not a valid
// E.164 number → InvalidCallbackNumber (devguide contact-actions-updatecontactcallbacknumber).
// cfsim dials nothing, so CallbackNumberNotDialable is never taken.
import { errorBranch, type BlockHandler, withBranches } from '../runtime/outcome.js';
import { recordSettings, textParam } from './common.js';

const E164 = /^\+[1-9]\d{1,14}$/;

export const updateContactCallbackNumber: BlockHandler = withBranches((action, contact) => {
  const number = textParam(action, contact, 'CallbackNumber') ?? '';
  if (!E164.test(number)) return { branch: errorBranch('InvalidCallbackNumber'), reason: `InvalidCallbackNumber: ${JSON.stringify(number)} is not an E.164 number` };
  return recordSettings({ CallbackNumber: number });
}, { errors: ['InvalidCallbackNumber'] });
