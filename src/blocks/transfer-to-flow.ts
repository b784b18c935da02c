// TransferToFlow: the contact continues at the start of another flow (devguide
// flow-control-actions-transfertoflow). cfsim loads it from the flow's folder by name or from the
// --flows map (ARN, id or name); a flow it cannot load ends the run as Transferred, naming it.
import type { BlockHandler } from '../runtime/outcome.js';
import { errorBranch } from '../runtime/outcome.js';
import { textParam } from './common.js';

export const transferToFlow: BlockHandler = (action, contact, { deps }) => {
  const reference = textParam(action, contact, 'ContactFlowId') ?? '';
  if (reference === '') return { branch: errorBranch('NoMatchingError'), reason: 'NoMatchingError: ContactFlowId is empty' };
  const target = deps.flows.resolve(reference, 'flow');
  if (!target) {
    return {
      branch: { kind: 'end', outcome: 'Transferred', flow: reference },
      reason: `flow ${reference} is not loaded (not in the flow's folder or the --flows map): the run stops at the transfer`,
    };
  }
  return { branch: { kind: 'transfer', flow: target }, reason: `transferred to flow ${target.name}` };
};
