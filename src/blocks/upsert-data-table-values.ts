// UpsertDataTableValues: the Data table block writes records of a data table (admin guide data-table-block; no flow-language page).
// cfsim keeps no data tables: NextAction, unless mocks.results routes an error or gives a result.
import type { BlockHandler } from '../runtime/outcome.js';
import { successUnlessMocked } from './not-simulated-call.js';

export const upsertDataTableValues: BlockHandler = (action, _contact, context) =>
  successUnlessMocked(action, context, 'data tables are not simulated: success branch');
