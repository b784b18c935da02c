// CheckMetricData ("Check staffing", "Check queue status"): loads one metric of the queue named,
// or of the working queue, as a number for the conditions (devguide flow-control-actions-checkmetricdata).
import { valueText } from '../flow/value-text.js';
import { type BlockHandler, withBranches } from '../runtime/outcome.js';
import { mockedError, param } from './common.js';
import { metricValue, queueMetrics } from './metrics-support.js';

export const checkMetricData: BlockHandler = withBranches((action, contact, context) => {
  const metric = valueText(param(action, 'MetricType'));
  const { queue, taken, values } = queueMetrics(action, contact, context);
  const failed = taken && mockedError(taken, `the metrics of ${queue?.Name ?? 'the working queue'}`);
  if (failed) return failed;
  const value = metricValue(values, metric);
  const source = taken ? `mocks.metrics ${taken.key}` : 'no mocks.metrics: 0';
  return {
    branch: { kind: 'result', result: String(value) },
    reason: `${metric} of ${queue?.Name ?? 'the working queue'} is ${value} (${source})`,
    ...(taken ? { counters: taken.counters } : {}),
  };
}, { routesByResult: true });
