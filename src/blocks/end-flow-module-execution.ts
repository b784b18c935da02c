// EndFlowModuleExecution ("Return"): ends the module and continues after the InvokeFlowModule that
// called it (devguide, flow language action index). A module run on its own ends: Ended.
import type { BlockHandler } from '../runtime/outcome.js';

export const endFlowModuleExecution: BlockHandler = () => ({ branch: { kind: 'return' } });
