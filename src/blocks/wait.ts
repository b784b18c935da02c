// Wait: pauses until TimeoutSeconds pass (exports write TimeLimitSeconds) or an event comes; the
// result is "WaitCompleted" or the event (APIReference flow-control-actions-wait). cfsim raises no
// events, so a Wait always completes, adding its seconds to the simulated clock.
import { resolveText } from '../runtime/jsonpath.js';
import { type BlockHandler, withBranches } from '../runtime/outcome.js';
import { param } from './common.js';

export const wait: BlockHandler = withBranches((action, contact) => {
  const seconds = Number(resolveText(param(action, 'TimeoutSeconds') ?? param(action, 'TimeLimitSeconds'), contact));
  const waited = Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
  return { branch: { kind: 'result', result: 'WaitCompleted' }, reason: `waited ${waited} s (cfsim raises no events)`, elapsedSeconds: waited };
}, { routesByResult: true });
