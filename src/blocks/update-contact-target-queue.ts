// UpdateContactTargetQueue ("Set working queue"): sets the TargetQueue that queue checks and
// TransferContactToQueue use, from a QueueId or an AgentId (agent queue), read as $.Queue
// (devguide contact-actions-updatecontacttargetqueue). An empty reference takes Error.
import { errorBranch, NEXT, type BlockHandler } from '../runtime/outcome.js';
import { textParam } from './common.js';
import { queueFor } from './queue-support.js';

export const updateContactTargetQueue: BlockHandler = (action, contact, context) => {
  const agent = textParam(action, contact, 'AgentId');
  const reference = agent ?? textParam(action, contact, 'QueueId') ?? '';
  if (reference === '') return { branch: errorBranch('NoMatchingError'), reason: 'NoMatchingError: the queue reference is empty' };
  const queue = queueFor(reference, agent !== undefined ? 'agent' : 'queue', contact, context);
  return { branch: NEXT, contact: { ...contact, Queue: queue }, reason: `working queue ${queue.Name} (${queue.ARN})` };
};
