// TransferContactToQueue: places the contact in its TargetQueue and ends the flow; QueueAtCapacity
// when the queue is full (devguide contact-actions-transfercontacttoqueue). With no working queue
// set, cfsim takes Error. A queue is at capacity when mocks.queues says error: QueueAtCapacity.
import { errorBranch, type BlockHandler } from '../runtime/outcome.js';
import type { QueueMock } from '../runtime/mocks.js';
import { mockedError, mockFor, textParam } from './common.js';
import { queueFor, queueKeys } from './queue-support.js';

export const transferContactToQueue: BlockHandler = (action, contact, context) => {
  // Only the AI-builder sample writes a QueueId here; the page expects none.
  const reference = textParam(action, contact, 'QueueId') || textParam(action, contact, 'AgentId');
  const queue = reference ? queueFor(reference, 'queue', contact, context) : contact.Queue;
  if (!queue) return { branch: errorBranch('NoMatchingError'), reason: 'NoMatchingError: no working queue is set (use UpdateContactTargetQueue first)' };
  const taken = mockFor<QueueMock>(context, context.deps.mocks.queues, 'queues', action, ...queueKeys(queue));
  const failed = taken && mockedError(taken, `queue ${queue.Name}`);
  if (failed) return failed;
  return { branch: { kind: 'end', outcome: 'Transferred', queue: queue.Name }, contact: { ...contact, Queue: queue }, reason: `transferred to queue ${queue.Name}` };
};
