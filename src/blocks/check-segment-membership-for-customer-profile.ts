// CheckSegmentMembershipForCustomerProfile: whether the profile is in a Customer Profiles segment,
// "True" or "False" for the Conditions (admin guide, Customer profiles block; API GetSegmentMembership;
// no flow-language page). cfsim's store has no segments: "False", unless mocks.results gives a result.
import { type BlockHandler, withBranches } from '../runtime/outcome.js';
import { outsideCall } from './outside-call.js';
import { unavailable } from './profile-request.js';

export const checkSegmentMembershipForCustomerProfile: BlockHandler = withBranches((action, _contact, context) => {
  const blocked = unavailable(action, context);
  if (blocked) return blocked;
  const call = outsideCall(action, context);
  if (call.failed) return call.failed;
  const result = call.taken?.mock.result ?? 'False';
  const source = call.taken ? `mocks.results ${call.taken.key}` : 'cfsim keeps no segments';
  return { branch: { kind: 'result', result }, counters: call.counters, reason: `segment membership ${result} (${source})` };
}, { routesByResult: true });
