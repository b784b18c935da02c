// GetCase: finds a case by customer and request fields; its CaseResponseFields are read as
// $.Case.<field>; MultipleFound / NoneFound (no "Error" suffix) / ContactNotLinked (devguide getcase).
// cfsim answers from mocks.cases (by block or "*"); with no mock no case is found.
import { resolvedMap as callParameters } from './call-record.js';
import { withCall } from '../runtime/outcome.js';
import type { CaseMock } from '../runtime/mocks.js';
import { errorBranch, NEXT, type BlockHandler, withBranches } from '../runtime/outcome.js';
import { mockedError, mockFor, textParam } from './common.js';

const getCaseHandler: BlockHandler = withBranches((action, contact, context) => {
  const taken = mockFor<CaseMock>(context, context.deps.mocks.cases, 'cases', action);
  if (!taken) return { branch: errorBranch('NoneFound'), reason: 'NoneFound: no mocks.cases for this block, so no case is found' };
  const failed = mockedError(taken, 'the case search');
  if (failed) return failed;
  const fields = taken.mock.fields ?? {};
  return { branch: NEXT, contact: { ...contact, Case: { ...fields } }, counters: taken.counters, reason: `found case${fields.case_id ? ` ${fields.case_id}` : ''} (mocks.cases ${taken.key})` };
}, { errors: ['NoneFound'] });

/** What the block sends: `calls` expectations (docs/scenario-tests.md). */
export const getCase: BlockHandler = withCall(getCaseHandler, (action, contact) => ({
  kind: 'cases',
  resource: textParam(action, contact, 'CaseId') ?? textParam(action, contact, 'CustomerId') ?? '',
  parameters: callParameters(action.Parameters ?? {}, contact),
}));
