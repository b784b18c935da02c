// Compare ("Check contact attributes"): the value of one JSONPath is the result that the
// Conditions test in order; none true → NoMatchingCondition (devguide flow-control-actions-compare).
import { labelText } from '../flow/value-text.js';
import { resolveText } from '../runtime/jsonpath.js';
import { type BlockHandler, withBranches } from '../runtime/outcome.js';
import { param } from './common.js';

export const compare: BlockHandler = withBranches((action, contact) => {
  const raw = param(action, 'ComparisonValue');
  const value = resolveText(raw, contact);
  return { branch: { kind: 'result', result: value }, reason: `${labelText(raw)} is ${JSON.stringify(value)}` };
}, { routesByResult: true });
