// EvaluateDataTableValues: the Data table block evaluates queries against a data table (admin guide data-table-block; no flow-language page).
// cfsim keeps no data tables: NextAction, unless mocks.results routes an error or gives a result.
import type { BlockHandler } from '../runtime/outcome.js';
import { successUnlessMocked } from './not-simulated-call.js';

export const evaluateDataTableValues: BlockHandler = (action, _contact, context) =>
  successUnlessMocked(action, context, 'data tables are not simulated: success branch');
