// Hours of operation as cfsim models them: a weekly schedule of "HH:MM-HH:MM" ranges per day in an
// IANA time zone (admin guide, "Set the hours of operation"; midnight is 00:00, a range may end at 24:00).
const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'] as const;

interface LocalTime {
  readonly day: string;
  readonly minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** JavaScript dates reach 8.64e15 ms (about 275,000 years) either side of 1970 (ECMA-262, "Time Values"). */
const MAX_TIME_MS = 8.64e15;

/**
 * The simulated moment: the run's start plus the seconds its blocks waited. Undefined when the start
 * is not a date or the sum leaves the range JavaScript dates can hold (a Wait cannot make it do so:
 * each waits at most 7 days, and a run takes at most 100,000 steps).
 */
export function simulatedNow(start: Date, elapsedSeconds: number): Date | undefined {
  const time = start.getTime() + elapsedSeconds * 1000;
  return Number.isFinite(time) && Math.abs(time) <= MAX_TIME_MS ? new Date(time) : undefined;
}

/** Whether Intl knows the IANA time zone (an unknown one makes DateTimeFormat throw). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Whether a moment falls in a schedule; a range that ends before it starts runs past midnight. */
export function isInHours(now: Date, schedule: Readonly<Record<string, readonly string[]>>, timeZone = 'UTC'): boolean {
  const local = localTime(now, timeZone);
  const today = schedule[local.day] ?? [];
  const yesterday = schedule[WEEKDAYS[(WEEKDAYS.indexOf(local.day as (typeof WEEKDAYS)[number]) + 6) % 7] as string] ?? [];
  const covers = (range: string, fromYesterday: boolean): boolean => {
    const parsed = parseRange(range);
    if (!parsed) return false;
    const { start, end } = parsed;
    if (end > start) return !fromYesterday && local.minutes >= start && local.minutes < end;
    // Overnight: the part before midnight belongs to the starting day, the rest to the next day.
    return fromYesterday ? local.minutes < end : local.minutes >= start;
  };
  return today.some((range) => covers(range, false)) || yesterday.some((range) => covers(range, true));
}

function parseRange(range: string): { start: number; end: number } | undefined {
  const match = /^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/.exec(range.trim());
  if (!match) return undefined;
  const start = Number(match[1]) * 60 + Number(match[2]);
  const end = Number(match[3]) * 60 + Number(match[4]);
  return start <= 24 * 60 && end <= 24 * 60 ? { start, end } : undefined;
}

/** "MONDAY 10:30" in the zone, for traces. */
export function describeLocalTime(now: Date, timeZone = 'UTC'): string {
  const local = localTime(now, timeZone);
  const hours = String(Math.floor(local.minutes / 60)).padStart(2, '0');
  return `${local.day} ${hours}:${String(local.minutes % 60).padStart(2, '0')}`;
}

function localTime(now: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(now).map((part) => [part.type, part.value]));
  return { day: String(parts.weekday).toUpperCase(), minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    // Zones come from mock files: the cache stays small unless a caller passes generated names.
    if (formatters.size >= 1000) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
