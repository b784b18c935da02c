// Queue metrics from mocks.metrics (by block, queue ARN/id/name, or "*"); absent numbers are 0,
// as for an empty queue with no agents. Names follow CheckMetricData's MetricType values.
import type { FlowAction } from '../flow/types.js';
import type { ContactData, QueueData } from '../runtime/contact.js';
import type { MetricsMock, TakenMock } from '../runtime/mocks.js';
import type { BlockContext } from '../runtime/outcome.js';
import { mockFor, textParam } from './common.js';
import { queueFor, queueKeys } from './queue-support.js';

export interface QueueMetrics {
  readonly queue: QueueData | undefined;
  readonly taken: TakenMock<MetricsMock> | undefined;
  readonly values: MetricsMock;
}

export function queueMetrics(action: FlowAction, contact: ContactData, context: BlockContext): QueueMetrics {
  const agent = textParam(action, contact, 'AgentId');
  const reference = agent || textParam(action, contact, 'QueueId');
  const queue = reference ? queueFor(reference, agent ? 'agent' : 'queue', contact, context) : contact.Queue;
  const taken = mockFor<MetricsMock>(context, context.deps.mocks.metrics, 'metrics', action, ...queueKeys(queue));
  return { queue, taken, values: taken?.mock ?? {} };
}

export function metricValue(values: MetricsMock, name: string): number {
  const value = (values as Readonly<Record<string, unknown>>)[name];
  return typeof value === 'number' ? value : 0;
}
