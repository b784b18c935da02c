// FLOW005 for a static Wait timeout past Amazon Connect's limit: TimeoutSeconds "must be a positive
// integer value no greater than 604800 (seven days)" (APIReference flow-control-actions-wait.html).
// The schema checks the form (an integer or a $. reference); this checks the range. A dynamic value
// is checked at run time (src/blocks/wait.ts: NoMatchingError).
import { WAIT_MAX_SECONDS } from '../../runtime/connect-limits.js';
import { actionPath, report, type Check } from './context.js';

const WAIT_KEYS = ['TimeoutSeconds', 'TimeLimitSeconds'] as const;

export const waitWithinLimit: Check = (context) =>
  context.flow.Actions.filter((action) => action.Type === 'Wait').flatMap((action) => {
    const parameters = action.Parameters as Readonly<Record<string, unknown>> | undefined;
    if (typeof parameters !== 'object' || parameters === null) return [];
    return WAIT_KEYS.flatMap((key) => {
      const value = parameters[key];
      const seconds = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : undefined;
      if (seconds === undefined || (Number.isInteger(seconds) && seconds >= 1 && seconds <= WAIT_MAX_SECONDS)) return [];
      const shown = typeof value === 'string' && value.length > 40 ? `${value.slice(0, 40)}…` : String(value);
      return [
        report(context, {
          code: 'FLOW005',
          path: actionPath(context, action, 'Parameters', key),
          message: `${action.Identifier}: ${key} ${shown} is not from 1 to ${WAIT_MAX_SECONDS} seconds; Amazon Connect waits at most 7 days`,
          fix: `set ${key} to a whole number of seconds from 1 to ${WAIT_MAX_SECONDS}`,
        }),
      ];
    });
  });
