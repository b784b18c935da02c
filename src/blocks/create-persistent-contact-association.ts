// CreatePersistentContactAssociation: continues a past chat (persistent chat; admin guide, API
// CreatePersistentContactAssociation; no flow-language page). Recorded; NextAction unless mocked.
import type { BlockHandler } from '../runtime/outcome.js';
import { textParam } from './common.js';
import { successUnlessMocked } from './not-simulated-call.js';

export const createPersistentContactAssociation: BlockHandler = (action, contact, context) =>
  successUnlessMocked(action, context, `persistent chat association (${textParam(action, contact, 'RehydrationType') ?? 'no RehydrationType'}) not simulated`);
