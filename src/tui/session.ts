// What the TUI shows, as plain values: every state the run went through (step-back returns to
// one of them), the customer's answers, the breakpoints, and a question when input ran out.
import type { InputAnswer, InputRequest } from '../runtime/deps.js';
import type { StepEvent } from '../runtime/events.js';
import type { Position, RunState } from '../runtime/state.js';
import type { StoreCheckpoint } from '../store/types.js';

export interface Snapshot {
  readonly state: RunState;
  /** The step that led here; absent for the start. */
  readonly event?: StepEvent;
  /** The profile store as it was in this state. */
  readonly checkpoint: StoreCheckpoint;
}

/** The customer's answer the current block waits for: DTMF digits, or text for a bot. */
export interface Question {
  readonly request: InputRequest;
  readonly kind: 'digits' | 'text';
}

export interface Session {
  /** Never empty: the start, then one snapshot per step; the last is the current state. */
  readonly history: readonly Snapshot[];
  /** The contact's scripted Inputs, then what the user typed. */
  readonly answers: readonly InputAnswer[];
  /** Breakpoint keys (see breakpointKey). */
  readonly breakpoints: ReadonlySet<string>;
  readonly question?: Question;
  /** One line about the last command: a breakpoint hit, a saved case, an error while saving. */
  readonly notice?: string;
}

/** Blocks of different flows may share an Identifier, so a breakpoint names both. */
export function breakpointKey(position: Position): string {
  return `${position.flow}#${position.action}`;
}

export function current(session: Session): Snapshot {
  return session.history[session.history.length - 1] as Snapshot;
}

/** The snapshot before the current one, when there is one. */
export function previous(session: Session): Snapshot | undefined {
  return session.history[session.history.length - 2];
}

/** The steps taken so far, in order. */
export function eventsOf(session: Session): StepEvent[] {
  return session.history.flatMap((snapshot) => (snapshot.event ? [snapshot.event] : []));
}
