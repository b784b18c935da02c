// One contact's run as a value: each step returns a new state, so a caller can keep every
// state (the TUI's step-back) and one loaded flow can run many contacts side by side.
import type { ContactData } from './contact.js';

/** Where the run is: an action of a loaded flow (LoadedFlow.file names the flow). */
export interface Position {
  readonly flow: string;
  readonly action: string;
}

export type EndOutcome = 'Disconnected' | 'Transferred' | 'Ended';

/** A runtime error as data: the run stopped at an action (exit 1). */
export interface RunErrorInfo {
  readonly code: RunErrorCode;
  readonly message: string;
  readonly identifier: string;
}

export type RunErrorCode =
  | 'NoTransition'
  /** A saved draft's unconnected branch ("" or "$end" as its target) was taken. */
  | 'BranchNotConnected'
  | 'ActionNotFound'
  | 'FlowNotLoaded'
  | 'StepLimit'
  | 'InternalError';

export interface RunEnd {
  readonly outcome: EndOutcome | 'Error';
  /** The queue a TransferContactToQueue placed the contact in (its name, else its ARN or id). */
  readonly queue?: string;
  /** The flow a TransferToFlow named when cfsim could not load it: the run stops there. */
  readonly flow?: string;
  readonly error?: RunErrorInfo;
}

export interface RunState {
  readonly contact: ContactData;
  /** The next action to run; absent once the run has ended. */
  readonly at?: Position;
  /** Where each running flow module returns to (InvokeFlowModule's NextAction), innermost last. */
  readonly returnTo: readonly Position[];
  /** How many scripted inputs the contact has consumed. */
  readonly inputIndex: number;
  /** Loop counts and mock call counts, by key. */
  readonly counters: Readonly<Record<string, number>>;
  /** Settings that only change how Amazon Connect treats the contact (logging, recording, voice, hooks). */
  readonly settings: Readonly<Record<string, unknown>>;
  readonly steps: number;
  /** Simulated time spent in Wait blocks and input time-outs. */
  readonly elapsedSeconds: number;
  readonly end?: RunEnd;
}

export function initialState(contact: ContactData, start: Position): RunState {
  return { contact, at: start, returnTo: [], inputIndex: 0, counters: {}, settings: {}, steps: 0, elapsedSeconds: 0 };
}
