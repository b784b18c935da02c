// CreateContact: the Send message block creates a contact on another channel (EMAIL), related to the
// current one (admin guide send-message; no flow-language page). Recorded; NextAction unless mocked.
import type { BlockHandler } from '../runtime/outcome.js';
import { textParam } from './common.js';
import { successUnlessMocked } from './not-simulated-call.js';

export const createContact: BlockHandler = (action, contact, context) =>
  successUnlessMocked(action, context, `${textParam(action, contact, 'Channel') ?? 'new'} contact created (not simulated)`);
