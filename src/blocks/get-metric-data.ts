// GetMetricData ("Get queue metrics"): loads real-time metrics of a queue onto the contact as
// $.Metrics.Queue.{Name, ARN, Size, OldestContactAge} and $.Metrics.Agents.<State>.Count
// (devguide flow-control-actions-getmetricdata; admin guide, Queue attributes).
import { NEXT, type BlockHandler } from '../runtime/outcome.js';
import { mockedError } from './common.js';
import { metricValue, queueMetrics } from './metrics-support.js';

const AGENT_STATES: Readonly<Record<string, string>> = {
  Online: 'NumberOfAgentsOnline',
  Available: 'NumberOfAgentsAvailable',
  Staffed: 'NumberOfAgentsStaffed',
  AfterContactWork: 'NumberOfAgentsAfterContactWork',
  Busy: 'NumberOfAgentsBusy',
  Missed: 'NumberOfAgentsMissed',
  NonProductive: 'NumberOfAgentsNonProductive',
};

export const getMetricData: BlockHandler = (action, contact, context) => {
  const { queue, taken, values } = queueMetrics(action, contact, context);
  const failed = taken && mockedError(taken, `the metrics of ${queue?.Name ?? 'the working queue'}`);
  if (failed) return failed;
  const Agents: Record<string, { Count: number }> = {};
  for (const state in AGENT_STATES) Agents[state] = { Count: metricValue(values, AGENT_STATES[state] as string) };
  // Explicit keys: a spread copy that gains keys is slow in V8 (bench/run-flow.js).
  const Queue = {
    Name: queue?.Name,
    ARN: queue?.ARN,
    Size: metricValue(values, 'NumberOfContactsInQueue'),
    OldestContactAge: metricValue(values, 'OldestContactInQueueAgeSeconds'),
  };
  const source = taken ? `mocks.metrics ${taken.key}` : 'no mocks.metrics: every metric is 0';
  return {
    branch: NEXT,
    contact: { ...contact, Metrics: { Queue, Agents } },
    reason: `${Queue.Size} in queue, ${Agents.Available?.Count ?? 0} agent(s) available (${source})`,
    ...(taken ? { counters: taken.counters } : {}),
  };
};
