// Drives the runtime's own step() one block at a time and keeps every state it went through, with a
// store checkpoint for each, so step-back restores the contact and the profiles exactly as they were.
// The only mutable thing here is which Session is current; sessions and snapshots are values.
import type { LoadedFlow } from '../flow/types.js';
import type { InputAnswer, InputRequest, InputSource, RuntimeDeps } from '../runtime/deps.js';
import type { RunState } from '../runtime/state.js';
import { stopAtStepLimit } from '../runtime/run.js';
import { step, stop } from '../runtime/step.js';
import { actionAt, questionFor } from './flow-blocks.js';
import { breakpointKey, current, type Session, type Snapshot } from './session.js';

export interface StepperSetup {
  readonly flow: LoadedFlow;
  readonly deps: RuntimeDeps;
  readonly start: RunState;
  /** The contact's scripted Inputs. */
  readonly inputs: readonly InputAnswer[];
  readonly maxSteps: number;
}

export interface Stepper {
  readonly setup: StepperSetup;
  session(): Session;
  forward(): Session;
  back(): Session;
  /** Steps until the run ends, input runs out, or the next block has a breakpoint. */
  continueRun(): Session;
  restart(): Session;
  /** Answers the pending question and takes the step (or goes on continuing) that asked it. */
  answer(value: InputAnswer): Session;
  dismissQuestion(): Session;
  toggleBreakpoint(key: string): Session;
  notify(notice: string): Session;
}

type Mode = 'step' | 'continue';

export function createStepper(setup: StepperSetup): Stepper {
  const store = setup.deps.profiles.store;
  const start: Snapshot = { state: setup.start, checkpoint: store.checkpoint() };
  let session: Session = { history: [start], answers: setup.inputs, breakpoints: new Set() };
  let resume: Mode = 'step';

  const update = (next: Session): Session => (session = next);
  const clear = (): Omit<Session, 'notice' | 'question'> => {
    const { notice: _notice, question: _question, ...rest } = session;
    return rest;
  };
  const push = (snapshot: Snapshot): void => void update({ ...clear(), history: [...session.history, snapshot] });

  /** One step; false when the run cannot go on (ended, or waiting for the customer). */
  const stepOnce = (): boolean => {
    const here = current(session);
    if (here.state.end || !here.state.at) return false;
    const limited = stopAtStepLimit(here.state, setup.maxSteps);
    if (limited) {
      push({ state: limited, checkpoint: store.checkpoint() });
      return false;
    }
    let asked: InputRequest | undefined;
    const input: InputSource = {
      next: (request, state) => {
        if (state.inputIndex < session.answers.length) return session.answers[state.inputIndex] ?? null;
        if (request.optional) return null;
        asked = request;
        return null;
      },
    };
    try {
      const result = step(setup.flow, here.state, { ...setup.deps, input });
      if (asked) {
        // The block wanted an answer nobody gave yet: forget the step, ask, and take it again.
        store.rollbackTo(here.checkpoint);
        update({ ...clear(), question: questionFor(asked, actionAt(setup.flow, setup.deps.flows, here.state.at)) });
        return false;
      }
      push({ state: result.state, ...(result.event ? { event: result.event } : {}), checkpoint: store.checkpoint() });
      return !result.state.end;
    } catch (error) {
      // A bug or a broken store: shown as the end of the run, never a crash of the screen.
      store.rollbackTo(here.checkpoint);
      const message = error instanceof Error ? error.message : String(error);
      push({ state: stop(here.state, 'InternalError', message, here.state.at.action), checkpoint: store.checkpoint() });
      return false;
    }
  };

  const atBreakpoint = (): boolean => {
    const at = current(session).state.at;
    return at !== undefined && session.breakpoints.has(breakpointKey(at));
  };

  const forward = (): Session => {
    resume = 'step';
    if (current(session).state.end) return update({ ...clear(), notice: 'the run has ended: b steps back, r restarts' });
    stepOnce();
    return session;
  };

  const continueRun = (): Session => {
    resume = 'continue';
    if (current(session).state.end) return update({ ...clear(), notice: 'the run has ended: b steps back, r restarts' });
    // The first step leaves a breakpoint the run is standing on.
    let going = stepOnce();
    while (going && !atBreakpoint()) going = stepOnce();
    const at = current(session).state.at;
    if (going && at) update({ ...session, notice: `stopped at the breakpoint on ${at.action}` });
    return session;
  };

  return {
    setup,
    session: () => session,
    forward,
    continueRun,
    back: () => {
      if (session.history.length < 2) return update({ ...clear(), notice: 'this is the start of the run' });
      const history = session.history.slice(0, -1);
      const here = history[history.length - 1] as Snapshot;
      store.rollbackTo(here.checkpoint);
      // Answers typed for later steps go: stepping forward again asks again.
      const answers = session.answers.slice(0, Math.max(setup.inputs.length, here.state.inputIndex));
      return update({ ...clear(), history, answers });
    },
    restart: () => {
      store.rollbackTo(start.checkpoint);
      return update({ history: [start], answers: setup.inputs, breakpoints: session.breakpoints });
    },
    answer: (value) => {
      if (!session.question) return session;
      update({ ...clear(), answers: [...session.answers, value] });
      return resume === 'continue' ? continueRun() : forward();
    },
    dismissQuestion: () => update(clear()),
    toggleBreakpoint: (key) => {
      const breakpoints = new Set(session.breakpoints);
      if (!breakpoints.delete(key)) breakpoints.add(key);
      return update({ ...session, breakpoints });
    },
    notify: (notice) => update({ ...session, notice }),
  };
}
