// EndFlowExecution ("End flow / Resume"): finishes the flow without disconnecting; Amazon Connect
// may then end the contact (devguide flow-control-actions-endflowexecution). The run ends: Ended.
import type { BlockHandler } from '../runtime/outcome.js';

export const endFlowExecution: BlockHandler = () => ({ branch: { kind: 'end', outcome: 'Ended' } });
