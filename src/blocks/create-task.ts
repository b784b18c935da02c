// CreateTask: creates a task contact that runs ContactFlowId, with attributes and references
// (devguide createtask). cfsim records the task in the trace; mocks.results can route an error.
import { resolvedMap as callParameters } from './call-record.js';
import { withCall } from '../runtime/outcome.js';
import { resolveText } from '../runtime/jsonpath.js';
import { NEXT, type BlockHandler } from '../runtime/outcome.js';
import { recordParam, textParam } from './common.js';
import { outsideCall } from './outside-call.js';

const createTaskHandler: BlockHandler = (action, contact, context) => {
  const call = outsideCall(action, context);
  if (call.failed) return call.failed;
  const name = textParam(action, contact, 'Name') ?? '';
  const flow = textParam(action, contact, 'ContactFlowId') ?? textParam(action, contact, 'TaskTemplateId') ?? '';
  const attributes = Object.entries(recordParam(action, 'Attributes')).map(([key, value]) => `${key}=${JSON.stringify(resolveText(value, contact))}`);
  const notes = [`task ${JSON.stringify(name)} → ${flow}`, ...(attributes.length ? [`task attributes ${attributes.join(', ')}`] : [])];
  return { branch: NEXT, notes, counters: call.counters, reason: 'created a task (not run by cfsim)' };
};

/** What the block sends: `calls` expectations (docs/scenario-tests.md). */
export const createTask: BlockHandler = withCall(createTaskHandler, (action, contact) => ({
  kind: 'tasks',
  resource: textParam(action, contact, 'ContactFlowId') ?? textParam(action, contact, 'TaskTemplateId') ?? '',
  parameters: { Name: textParam(action, contact, 'Name') ?? '', ...callParameters(recordParam(action, 'Attributes'), contact) },
}));
