// A run is a loop over step until the contact ends, with a step limit so a flow that loops
// forever stops with an error instead of hanging.
import type { LoadedFlow } from '../flow/types.js';
import type { ContactData } from './contact.js';
import type { RuntimeDeps } from './deps.js';
import type { StepEvent } from './events.js';
import { initialState, type RunState } from './state.js';
import { step, stop } from './step.js';
import { DEFAULT_MAX_STEPS } from './limits.js';
import { stepLimitMessage } from './step-limit.js';

export type { RunResult, RunStepResult } from './result.js';

export { DEFAULT_MAX_STEPS } from './limits.js';

export interface RunOptions {
  readonly maxSteps?: number;
}

export interface RunOutput {
  /** The last state: its end says how the run ended. */
  readonly state: RunState;
  readonly events: readonly StepEvent[];
}

export function startRun(flow: LoadedFlow, contact: ContactData): RunState {
  return initialState(contact, { flow: flow.file, action: flow.flow.StartAction });
}

export function runContact(flow: LoadedFlow, contact: ContactData, deps: RuntimeDeps, options: RunOptions = {}): RunOutput {
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  const events: StepEvent[] = [];
  let state = startRun(flow, contact);
  while (!state.end) {
    const limited = stopAtStepLimit(state, maxSteps, events);
    if (limited) {
      state = limited;
      break;
    }
    const result = step(flow, state, deps);
    if (result.event) events.push(result.event);
    state = result.state;
  }
  return { state, events };
}

/**
 * The run stopped with a StepLimit error once it has taken maxSteps steps (also the TUI's limit).
 * With the run's events, the message names a repeating cycle that waits for input the contact lacks.
 */
export function stopAtStepLimit(state: RunState, maxSteps: number, events: readonly StepEvent[] = []): RunState | undefined {
  if (state.steps < maxSteps) return undefined;
  const at = state.at?.action ?? '';
  return stop(state, 'StepLimit', stepLimitMessage(maxSteps, at, events), at);
}
