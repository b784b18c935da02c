// AuthenticateParticipant (Authenticate customer): asks a chat customer to sign in with Amazon Cognito
// (admin guide authenticate-customer; no flow-language page). Chat only: other channels take the error
// branch, as the block page says. cfsim signs no one in: success unless mocks.results says otherwise.
import { errorBranch, type BlockHandler, withBranches } from '../runtime/outcome.js';
import { successUnlessMocked } from './not-simulated-call.js';

export const authenticateParticipant: BlockHandler = withBranches((action, contact, context) => {
  if (contact.Channel !== 'CHAT') return { branch: errorBranch('NoMatchingError'), reason: `NoMatchingError: Authenticate customer needs a CHAT contact, not ${contact.Channel}` };
  return successUnlessMocked(action, context, 'sign-in not simulated: the customer is taken as authenticated');
}, { errors: ['NoMatchingError'] });
