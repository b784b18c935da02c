// LoadContactContent: an action type flow tools list for recent console exports; AWS documents
// neither its page nor its block. NextAction, unless mocks.results routes an error or gives a result.
import type { BlockHandler } from '../runtime/outcome.js';
import { successUnlessMocked } from './not-simulated-call.js';

export const loadContactContent: BlockHandler = (action, _contact, context) =>
  successUnlessMocked(action, context, 'LoadContactContent is not documented by AWS: success branch');
