// CheckHoursOfOperation: "True" or "False" for whether the contact is in the hours of operation
// named (or the working queue's), compared with Equals (devguide flow-control-actions-checkhoursofoperation).
// cfsim reads mocks.hours (by block, hours id/ARN, queue, or "*"): a fixed inHours, or a weekly
// schedule checked against the clock. With no mock the contact is in hours.
import { describeLocalTime, isInHours, isKnownTimeZone, simulatedNow } from '../runtime/hours.js';
import type { HoursMock } from '../runtime/mocks.js';
import { errorBranch, type BlockHandler, type Outcome, withBranches } from '../runtime/outcome.js';
import { lastSegment, mockedError, mockFor, textParam } from './common.js';
import { queueKeys } from './queue-support.js';

export const checkHoursOfOperation: BlockHandler = withBranches((action, contact, context) => {
  const hours = textParam(action, contact, 'HoursOfOperationId') ?? '';
  const keys = hours ? [hours, lastSegment(hours)] : queueKeys(contact.Queue);
  const taken = mockFor<HoursMock>(context, context.deps.mocks.hours, 'hours', action, ...keys);
  const what = hours ? `hours ${hours}` : contact.Queue ? `the hours of queue ${contact.Queue.Name}` : 'the working queue (none set)';
  if (!taken) return answer(true, `no mocks.hours for ${what}: in hours by default`);
  const failed = mockedError(taken, what);
  if (failed) return failed;
  const mock = taken.mock;
  if (mock.schedule) {
    const now = simulatedNow(context.deps.clock(), context.state.elapsedSeconds);
    const zone = mock.timeZone ?? 'UTC';
    // Mock files are checked when read; a library caller's mocks and clock are not.
    if (!now) return clockError(`the simulated clock is not a date JavaScript can hold (the start plus ${context.state.elapsedSeconds} s waited)`, taken.counters);
    if (!isKnownTimeZone(zone)) return clockError(`mocks.hours ${taken.key} names the time zone ${JSON.stringify(zone)}, which is not an IANA time zone`, taken.counters);
    const open = isInHours(now, mock.schedule, zone);
    return answer(open, `${describeLocalTime(now, zone)} ${zone} is ${open ? 'within' : 'outside'} ${what}`, taken.counters);
  }
  return answer(mock.inHours !== false, `mocks.hours ${taken.key}`, taken.counters);
}, { routesByResult: true, results: ['True', 'False'] });

function answer(open: boolean, reason: string, counters: Readonly<Record<string, number>> = {}): Outcome {
  return { branch: { kind: 'result', result: open ? 'True' : 'False' }, reason: `${open ? 'in hours' : 'out of hours'}: ${reason}`, counters };
}

function clockError(why: string, counters: Readonly<Record<string, number>>): Outcome {
  return { branch: errorBranch('NoMatchingError'), reason: `NoMatchingError: ${why}`, counters };
}
