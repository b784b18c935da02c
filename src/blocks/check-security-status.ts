// CheckSecurityStatus (Check security status): the older Voice ID block that branches on the caller's
// status (admin guide check-security-status; no flow-language page). cfsim simulates no Voice ID: a
// mocks.results result is compared with the Conditions; with none, the success branch.
import type { BlockHandler } from '../runtime/outcome.js';
import { successUnlessMocked } from './not-simulated-call.js';

export const checkSecurityStatus: BlockHandler = (action, _contact, context) =>
  successUnlessMocked(action, context, 'Voice ID is not simulated: success branch (mocks.results can give a status such as Authenticated)');
