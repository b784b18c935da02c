// TransferContactToAgent: ends the flow and transfers the contact to the agent (a transfer-to-agent
// flow; devguide contact-actions-transfercontacttoagent). The run ends: Transferred.
import type { BlockHandler } from '../runtime/outcome.js';

export const transferContactToAgent: BlockHandler = (_action, contact) => ({
  branch: { kind: 'end', outcome: 'Transferred', ...(contact.Queue ? { queue: contact.Queue.Name } : {}) },
  reason: 'transferred to the agent',
});
