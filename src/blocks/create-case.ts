// CreateCase: creates a case from a template with the request fields; ContactNotLinked when the
// contact could not be linked (devguide createcase). cfsim puts the fields and a case_id in $.Case,
// from mocks.cases (by block or template id) when there is one, else the id is "case-<step>".
import { resolvedMap as callParameters } from './call-record.js';
import { withCall } from '../runtime/outcome.js';
import type { CaseMock } from '../runtime/mocks.js';
import { NEXT, type BlockHandler } from '../runtime/outcome.js';
import { mockedError, mockFor, textParam, recordParam } from './common.js';
import { caseRequestFields } from './case-support.js';

const createCaseHandler: BlockHandler = (action, contact, context) => {
  const template = textParam(action, contact, 'CaseTemplateId') ?? '';
  const taken = mockFor<CaseMock>(context, context.deps.mocks.cases, 'cases', action, template);
  const failed = taken && mockedError(taken, `template ${template}`);
  if (failed) return failed;
  const fields = { case_id: `case-${context.state.steps + 1}`, ...caseRequestFields(action, contact), ...(taken?.mock.fields ?? {}) };
  return {
    branch: NEXT,
    contact: { ...contact, Case: fields },
    reason: `created case ${fields.case_id} (${taken ? `mocks.cases ${taken.key}` : 'no mocks.cases: Success'})`,
    ...(taken ? { counters: taken.counters } : {}),
  };
};

/** What the block sends: `calls` expectations (docs/scenario-tests.md). */
export const createCase: BlockHandler = withCall(createCaseHandler, (action, contact) => ({
  kind: 'cases',
  resource: textParam(action, contact, 'CaseTemplateId') ?? '',
  parameters: callParameters(recordParam(action, 'CaseRequestFields'), contact),
}));
