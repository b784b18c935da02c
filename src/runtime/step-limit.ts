// Why a run reached its step limit. A flow that keeps asking a contact with no more scripted input
// (a menu that loops back on InputTimeLimitExceeded) is the common case: say which blocks repeat,
// which ones got no input, and how to give it, instead of only "may loop forever".
import type { StepEvent } from './events.js';

/** The longest cycle looked for, and the most recent events looked at: bounded work on any run. */
const MAX_CYCLE = 100;

export interface StarvedCycle {
  /** The identifiers of the repeating cycle, in run order. */
  readonly blocks: readonly string[];
  /** The blocks of the cycle that asked for input and got none. */
  readonly askers: readonly string[];
  /** The step whose block first got no input: where the contact's Inputs ran out. */
  readonly ranOutAt: StepEvent;
}

/** The cycle the run ended in, when it repeats at least twice and asks for input it does not get. */
export function starvedCycle(events: readonly StepEvent[]): StarvedCycle | undefined {
  const period = cyclePeriod(events);
  if (!period) return undefined;
  const cycle = events.slice(events.length - period);
  const askers = [...new Set(cycle.filter((event) => event.input && event.input.value === null).map((event) => event.identifier))];
  const ranOutAt = events.find((event) => event.input && event.input.value === null);
  if (!askers.length || !ranOutAt) return undefined;
  return { blocks: cycle.map((event) => event.identifier), askers, ranOutAt };
}

/** The smallest p ≤ MAX_CYCLE such that the last 2p steps are the same p blocks twice. */
function cyclePeriod(events: readonly StepEvent[]): number | undefined {
  const last = events.length - 1;
  for (let period = 1; period <= MAX_CYCLE && 2 * period <= events.length; period++) {
    let repeats = true;
    for (let offset = 0; offset < period && repeats; offset++) {
      const a = events[last - offset];
      const b = events[last - offset - period];
      repeats = a !== undefined && b !== undefined && a.identifier === b.identifier && a.flow === b.flow;
    }
    if (repeats) return period;
  }
  return undefined;
}

/** The StepLimit message: the input that ran out and how to give it, else "may loop forever". */
export function stepLimitMessage(maxSteps: number, before: string, events: readonly StepEvent[] = []): string {
  const stopped = `stopped after ${maxSteps} steps, before ${before}`;
  const starved = starvedCycle(events);
  if (!starved) return `${stopped}: the flow may loop forever (raise --max-steps if it does not)`;
  const cycle = starved.blocks.length > 8 ? `${starved.blocks.slice(0, 8).join(' → ')} → … (${starved.blocks.length} blocks)` : starved.blocks.join(' → ');
  return (
    `${stopped}: the flow keeps asking for input the contact does not have. ${cycle} repeat, and ` +
    `${starved.askers.join(', ')} got no input: the contact's Inputs ran out at step ${starved.ranOutAt.step} (${starved.ranOutAt.identifier}). ` +
    `Give the answers the flow waits for in the contact file's Inputs, in order (e.g. Inputs: ["1"])`
  );
}
