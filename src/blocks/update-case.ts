// UpdateCase: updates the case CaseId with the request fields; ContactNotLinked when the contact
// could not be linked (devguide updatecase). cfsim merges the fields into $.Case.
import type { CaseMock } from '../runtime/mocks.js';
import { NEXT, type BlockHandler } from '../runtime/outcome.js';
import { mockedError, mockFor, textParam } from './common.js';
import { caseRequestFields } from './case-support.js';

export const updateCase: BlockHandler = (action, contact, context) => {
  const caseId = textParam(action, contact, 'CaseId') ?? '';
  const taken = mockFor<CaseMock>(context, context.deps.mocks.cases, 'cases', action, caseId);
  const failed = taken && mockedError(taken, `case ${caseId}`);
  if (failed) return failed;
  const fields = { ...(contact.Case ?? {}), case_id: caseId, ...caseRequestFields(action, contact) };
  return { branch: NEXT, contact: { ...contact, Case: fields }, reason: `updated case ${caseId}`, ...(taken ? { counters: taken.counters } : {}) };
};
