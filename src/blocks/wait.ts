// Wait: pauses until TimeoutSeconds pass (exports write TimeLimitSeconds) or an event comes; the
// result is "WaitCompleted" or the event (APIReference flow-control-actions-wait). cfsim raises no
// events, so a Wait always completes, adding its seconds to the simulated clock. TimeoutSeconds
// "must be a positive integer value no greater than 604800 (seven days)": a dynamic value that is
// not takes NoMatchingError ("if no other Error matches"), the page's only error for it; a static one
// is refused by validate (FLOW005).
import { WAIT_MAX_SECONDS } from '../runtime/connect-limits.js';
import { resolveText } from '../runtime/jsonpath.js';
import { errorBranch, type BlockHandler, withBranches } from '../runtime/outcome.js';
import { param } from './common.js';

export const wait: BlockHandler = withBranches((action, contact) => {
  const text = resolveText(param(action, 'TimeoutSeconds') ?? param(action, 'TimeLimitSeconds'), contact).trim();
  const seconds = /^\d{1,7}$/.test(text) ? Number(text) : Number.NaN;
  if (!(seconds >= 1 && seconds <= WAIT_MAX_SECONDS)) {
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    return {
      branch: errorBranch('NoMatchingError'),
      reason: `NoMatchingError: the timeout ${JSON.stringify(shown)} is not a whole number of seconds from 1 to ${WAIT_MAX_SECONDS} (7 days)`,
    };
  }
  return { branch: { kind: 'result', result: 'WaitCompleted' }, reason: `waited ${seconds} s (cfsim raises no events)`, elapsedSeconds: seconds };
}, { routesByResult: true });
