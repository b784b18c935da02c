// DequeueContactAndTransferToQueue: in a customer queue flow, moves the queued contact to another
// queue (or agent); QueueAtCapacity when full (devguide contact-actions-dequeuecontactandtransfertoqueue).
import type { QueueMock } from '../runtime/mocks.js';
import { errorBranch, type BlockHandler } from '../runtime/outcome.js';
import { mockedError, mockFor, textParam } from './common.js';
import { queueFor, queueKeys } from './queue-support.js';

export const dequeueContactAndTransferToQueue: BlockHandler = (action, contact, context) => {
  const agent = textParam(action, contact, 'AgentId');
  const reference = agent ?? textParam(action, contact, 'QueueId') ?? '';
  if (reference === '') return { branch: errorBranch('NoMatchingError'), reason: 'NoMatchingError: the queue reference is empty' };
  const queue = queueFor(reference, agent !== undefined ? 'agent' : 'queue', contact, context);
  const taken = mockFor<QueueMock>(context, context.deps.mocks.queues, 'queues', action, ...queueKeys(queue));
  const failed = taken && mockedError(taken, `queue ${queue.Name}`);
  if (failed) return failed;
  return { branch: { kind: 'end', outcome: 'Transferred', queue: queue.Name }, contact: { ...contact, Queue: queue }, reason: `moved to queue ${queue.Name}` };
};
