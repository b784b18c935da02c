// UpdateCase: updates the case CaseId with the request fields; ContactNotLinked when the contact
// could not be linked (devguide updatecase). cfsim merges the fields into $.Case.
import { resolvedMap as callParameters } from './call-record.js';
import { withCall } from '../runtime/outcome.js';
import type { CaseMock } from '../runtime/mocks.js';
import { NEXT, type BlockHandler } from '../runtime/outcome.js';
import { mockedError, mockFor, textParam, recordParam } from './common.js';
import { caseRequestFields } from './case-support.js';

const updateCaseHandler: BlockHandler = (action, contact, context) => {
  const caseId = textParam(action, contact, 'CaseId') ?? '';
  const taken = mockFor<CaseMock>(context, context.deps.mocks.cases, 'cases', action, caseId);
  const failed = taken && mockedError(taken, `case ${caseId}`);
  if (failed) return failed;
  const fields = { ...(contact.Case ?? {}), case_id: caseId, ...caseRequestFields(action, contact) };
  return { branch: NEXT, contact: { ...contact, Case: fields }, reason: `updated case ${caseId}`, ...(taken ? { counters: taken.counters } : {}) };
};

/** What the block sends: `calls` expectations (docs/scenario-tests.md). */
export const updateCase: BlockHandler = withCall(updateCaseHandler, (action, contact) => ({
  kind: 'cases',
  resource: textParam(action, contact, 'CaseId') ?? '',
  parameters: callParameters(recordParam(action, 'CaseRequestFields'), contact),
}));
