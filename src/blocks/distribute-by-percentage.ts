// DistributeByPercentage: a random number from 1 to 100 that NumberLessThan conditions split
// (devguide flow-control-actions-distributebypercentage). cfsim takes it from mocks.percentage, else
// derives it from the contact id and the block, so a run is repeatable.
import { takeMock } from '../runtime/mocks.js';
import { type BlockHandler, withBranches } from '../runtime/outcome.js';

export const distributeByPercentage: BlockHandler = withBranches((action, contact, { deps, state }) => {
  const percentage = deps.mocks.percentage;
  const taken = percentage === undefined ? undefined : takeMock({ percentage }, 'percentage', ['percentage'], state.counters);
  const number = taken ? taken.mock : stableNumber(`${contact.ContactId}#${action.Identifier}`);
  const source = taken ? 'mocks.percentage' : 'derived from the contact id (set mocks.percentage to choose)';
  return { branch: { kind: 'result', result: String(number) }, reason: `drew ${number} (${source})`, ...(taken ? { counters: taken.counters } : {}) };
}, { routesByResult: true });

/** 1..100 from a string (FNV-1a). */
function stableNumber(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return (hash % 100) + 1;
}
