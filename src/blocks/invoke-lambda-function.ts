// InvokeLambdaFunction: calls a Lambda function; its response is read as $.External, replaced by
// each call (devguide interactions-invokelambdafunction; admin guide, Lambda contact attributes).
// ResponseType STRING_MAP (or none) wants a flat map of strings; JSON allows nesting. cfsim answers
// from mocks.lambda (by block, function ARN or function name); no mock: Success, empty $.External.
import { resolvedMap as callParameters } from './call-record.js';
import { withCall } from '../runtime/outcome.js';
import { resolveText, toText } from '../runtime/jsonpath.js';
import type { LambdaMock } from '../runtime/mocks.js';
import { errorBranch, NEXT, type BlockHandler } from '../runtime/outcome.js';
import { lastSegment, mockedError, mockFor, param, recordParam, textParam } from './common.js';

const invokeLambdaFunctionHandler: BlockHandler = (action, contact, context) => {
  const arn = textParam(action, contact, 'LambdaFunctionARN') ?? '';
  const notes = sentNotes(recordParam(action, 'LambdaInvocationAttributes'), contact);
  const taken = mockFor<LambdaMock>(context, context.deps.mocks.lambda, 'lambda', action, arn, arn ? lastSegment(arn) : undefined);
  if (!taken) {
    return { branch: NEXT, contact: { ...contact, External: {} }, notes, reason: `no mocks.lambda for ${arn || action.Identifier}: Success with an empty $.External` };
  }
  const failed = mockedError(taken, `function ${arn}`);
  if (failed) return { ...failed, notes };
  if (param(action, 'InvocationType') === 'ASYNCHRONOUS') {
    return { branch: NEXT, notes, counters: taken.counters, reason: 'asynchronous: the flow goes on without the response' };
  }
  const response = taken.mock.External ?? {};
  const responseType = (recordParam(action, 'ResponseValidation').ResponseType as string | undefined) ?? 'STRING_MAP';
  const nested = responseType === 'JSON' ? undefined : Object.keys(response).find((key) => typeof response[key] === 'object' && response[key] !== null);
  if (nested !== undefined) {
    return { branch: errorBranch('NoMatchingError'), notes, counters: taken.counters, reason: `NoMatchingError: the response's "${nested}" is not a string, and ResponseType is STRING_MAP` };
  }
  const External = responseType === 'JSON' ? response : stringMap(response);
  return { branch: NEXT, contact: { ...contact, External }, notes, counters: taken.counters, reason: `mocks.lambda ${taken.key}` };
};

/** "sent key="value", ..." for the trace; none when the block sends no attributes. */
function sentNotes(attributes: Readonly<Record<string, unknown>>, contact: Parameters<BlockHandler>[1]): string[] {
  let text = '';
  for (const key in attributes) text += `${text ? ', ' : 'sent '}${key}=${JSON.stringify(resolveText(attributes[key], contact))}`;
  return text ? [text] : [];
}

/** A STRING_MAP response as the flow reads it: numbers and booleans as text; the same object when already text. */
function stringMap(response: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  for (const key in response) {
    if (typeof response[key] !== 'string') return Object.fromEntries(Object.entries(response).map(([name, value]) => [name, toText(value)]));
  }
  return response;
}

/** What the block sends: `calls` expectations (docs/scenario-tests.md). */
export const invokeLambdaFunction: BlockHandler = withCall(invokeLambdaFunctionHandler, (action, contact) => ({
  kind: 'lambda',
  resource: textParam(action, contact, 'LambdaFunctionARN') ?? '',
  parameters: callParameters(recordParam(action, 'LambdaInvocationAttributes'), contact),
}));
