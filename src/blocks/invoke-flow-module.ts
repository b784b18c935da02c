// InvokeFlowModule: runs a flow module, then continues at this block's NextAction when the module
// returns (devguide flow-language-actions-invoke-flow-module). A module cfsim cannot load (folder,
// --flows map) is skipped: Success, and the trace says so.
import { errorBranch, NEXT, type BlockHandler } from '../runtime/outcome.js';
import { textParam } from './common.js';

export const invokeFlowModule: BlockHandler = (action, contact, { deps }) => {
  const reference = textParam(action, contact, 'FlowModuleId') ?? '';
  if (reference === '') return { branch: errorBranch('NoMatchingError'), reason: 'NoMatchingError: FlowModuleId is empty' };
  const module = deps.flows.resolve(reference, 'module');
  if (!module) return { branch: NEXT, reason: `module ${reference} is not loaded (flow folder, --flows map): skipped as if it returned` };
  return { branch: { kind: 'invoke', module }, reason: `runs module ${module.name}` };
};
