// The contact's working queue ($.Queue.Name, $.Queue.ARN) from a queue or agent reference.
// Queue names come from mocks.queues (name), else the reference's last segment.
import type { ContactData, QueueData } from '../runtime/contact.js';
import type { BlockContext } from '../runtime/outcome.js';
import { lastSegment } from './common.js';

export function queueFor(reference: string, kind: 'queue' | 'agent', contact: ContactData, context: BlockContext): QueueData {
  const id = lastSegment(reference);
  const ARN = reference.startsWith('arn:') ? reference : `${contact.InstanceARN}/${kind === 'agent' ? 'agent' : 'queue'}/${id}`;
  const mocked = context.deps.mocks.queues?.[reference] ?? context.deps.mocks.queues?.[id];
  const named = Array.isArray(mocked) ? undefined : (mocked as { name?: string } | undefined)?.name;
  return { Name: named ?? id, ARN };
}

/** The keys a queue is known by in mocks (block, ARN, id, name). */
export function queueKeys(queue: QueueData | undefined): string[] {
  return queue ? [queue.ARN, lastSegment(queue.ARN), queue.Name] : [];
}
