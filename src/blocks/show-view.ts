// ShowView: shows a view (step-by-step guide) in the agent workspace; the action the agent chose
// is the result for the conditions and $.Views.ViewResultData holds what the view returned;
// TimeLimitExceeded when nobody acts within InvocationTimeLimitSeconds (devguide participant-actions-showview).
// cfsim answers from mocks.views (by block or view Id); with no mock nobody acts.
import { valueText } from '../flow/value-text.js';
import { resolvedMap as callParameters } from './call-record.js';
import { withCall } from '../runtime/outcome.js';
import type { ViewMock } from '../runtime/mocks.js';
import { errorBranch, type BlockHandler, withBranches } from '../runtime/outcome.js';
import { mockedError, mockFor, recordParam, textParam } from './common.js';

const showViewHandler: BlockHandler = withBranches((action, contact, context) => {
  const view = valueText(recordParam(action, 'ViewResource').Id);
  const limit = textParam(action, contact, 'InvocationTimeLimitSeconds') ?? '';
  const taken = mockFor<ViewMock>(context, context.deps.mocks.views, 'views', action, view);
  if (!taken) {
    return { branch: errorBranch('TimeLimitExceeded'), reason: `TimeLimitExceeded: no mocks.views for view ${view}, so nobody acts within ${limit || 'the time limit'} s` };
  }
  const failed = mockedError(taken, `view ${view}`);
  if (failed) return failed;
  const chosen = taken.mock.action ?? '';
  return {
    branch: { kind: 'result', result: chosen },
    contact: { ...contact, Views: { Action: chosen, ViewResultData: taken.mock.data ?? {} } },
    counters: taken.counters,
    reason: `the agent chose ${JSON.stringify(chosen)} (mocks.views ${taken.key})`,
  };
}, { routesByResult: true, errors: ['TimeLimitExceeded'] });

/** What the block sends: `calls` expectations (docs/scenario-tests.md). */
export const showView: BlockHandler = withCall(showViewHandler, (action, contact) => ({
  kind: 'views',
  resource: String(recordParam(action, 'ViewResource').Id ?? ''),
  parameters: callParameters(recordParam(action, 'ViewData'), contact),
}));
