// One step: run the action at state.at and return the next state and what happened.
// Pure apart from the injected store; `run` is a loop over it, the TUI keeps every state.
import type { FlowAction, LoadedFlow } from '../flow/types.js';
import { handlerFor } from '../blocks/registry.js';
import type { RuntimeDeps } from './deps.js';
import { RuntimeError } from './errors.js';
import { diffRecords, type StepEvent } from './events.js';
import { memberReferences, unreadableReferences } from './jsonpath.js';
import { unknownName } from './namespaces.js';
import { takeBlockMock, type BlockMock, type TakenMock } from './mocks.js';
import { errorBranch, NEXT, type BlockHandler, type Outcome } from './outcome.js';
import { isUnconnected } from '../flow/graph.js';
import { errorTransition, resultTransition, successTransition, type Transition } from './route.js';
import type { Position, RunEnd, RunErrorCode, RunState } from './state.js';

export interface StepResult {
  readonly state: RunState;
  /** Absent when the run stopped before an action could run (missing action or flow). */
  readonly event?: StepEvent;
}

export function step(entry: LoadedFlow, state: RunState, deps: RuntimeDeps): StepResult {
  const at = state.at;
  if (!at || state.end) throw new RuntimeError('RunEnded', 'step() called on a run that has ended', '');
  const flow = at.flow === entry.file ? entry : deps.flows.byFile(at.flow);
  if (!flow) return { state: stop(state, 'FlowNotLoaded', `flow ${at.flow} is not loaded`, at.action) };
  if (isUnconnected(at.action)) {
    return { state: stop(state, 'BranchNotConnected', `branch not connected: the StartAction of ${flow.name} is ${JSON.stringify(at.action)} (a saved draft)`, '') };
  }
  const action = flow.actionsById.get(at.action);
  if (!action) return { state: stop(state, 'ActionNotFound', `no action "${at.action}" in ${flow.name}`, at.action) };
  const mocked = takeBlockMock(deps.mocks.blocks, action.Identifier, state.counters);
  if (mocked) return advance(state, flow, action, mockedBranch(mocked));
  const handler = handlerFor(action.Type);
  if (!handler) return advance(state, flow, action, notSimulated(action));
  const outcome = runHandler(handler, action, state, flow, deps);
  // A block that calls out records what it sent, from the contact it started with.
  return advance(state, flow, action, handler.sends ? { ...outcome, call: handler.sends(action, state.contact) } : outcome);
}

/** A blocks: mock chooses the branch; the block's own work is skipped. */
function mockedBranch(taken: TakenMock<BlockMock>): Outcome {
  const { branch, condition, message } = taken.mock;
  const why = message ? `: ${message}` : '';
  if (condition !== undefined) {
    return { branch: { kind: 'result', result: condition }, counters: taken.counters, reason: `mocked (blocks.${taken.key}): result ${JSON.stringify(condition)}${why}` };
  }
  const chosen = branch === undefined || branch === 'Success' ? NEXT : errorBranch(branch);
  return { branch: chosen, counters: taken.counters, reason: `mocked (blocks.${taken.key}): ${branch ?? 'Success'}${why}` };
}

/** An action type cfsim does not know never blocks a run: not simulated, its success branch. */
function notSimulated(action: FlowAction): Outcome {
  const reason = `not simulated: cfsim does not know action type "${action.Type}", so it took the success branch (blocks.${action.Identifier} in the mocks file chooses another)`;
  return { branch: NEXT, notSimulated: true, reason };
}

function runHandler(handler: BlockHandler, action: FlowAction, state: RunState, flow: LoadedFlow, deps: RuntimeDeps): Outcome {
  try {
    return handler(action, state.contact, { deps, state, flow });
  } catch (error) {
    if (error instanceof RuntimeError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new RuntimeError('InternalError', `${action.Identifier} (${action.Type}) failed: ${detail}`, action.Identifier, { cause: error });
  }
}

function advance(state: RunState, flow: LoadedFlow, action: FlowAction, outcome: Outcome): StepResult {
  let contact = outcome.contact ?? state.contact;
  let next: Position | undefined;
  let returnTo = state.returnTo;
  let end = undefined as RunState['end'];
  let transition: Transition;
  const branch = outcome.branch;
  switch (branch.kind) {
    case 'next':
      transition = successTransition(action);
      break;
    case 'result':
      transition = resultTransition(action, branch.result);
      break;
    case 'error':
      transition = errorTransition(action, branch.errorType);
      break;
    case 'end':
      transition = { found: true, branch: 'Success', next: '' };
      end = endOf(branch);
      break;
    case 'transfer':
      // Flow attributes "are not carried over to subsequent flows" (UpdateFlowAttributes).
      contact = { ...contact, FlowAttributes: {} };
      transition = { found: true, branch: 'Success', next: branch.flow.flow.StartAction };
      next = { flow: branch.flow.file, action: branch.flow.flow.StartAction };
      returnTo = [];
      break;
    case 'invoke': {
      const back = successTransition(action);
      transition = back.found ? { found: true, branch: 'Success', next: branch.module.flow.StartAction } : back;
      if (back.found) {
        returnTo = [...returnTo, { flow: flow.file, action: back.next }];
        next = { flow: branch.module.file, action: branch.module.flow.StartAction };
      }
      break;
    }
    case 'return': {
      const back = returnTo[returnTo.length - 1];
      returnTo = returnTo.slice(0, -1);
      transition = { found: true, branch: 'Success', next: back?.action ?? '' };
      if (!back) end = { outcome: 'Ended' };
      else if (isUnconnected(back.action)) end = notConnected(action, `the module returned to the Success branch of its InvokeFlowModule, which is not connected (${JSON.stringify(back.action)})`);
      else next = back;
      break;
    }
  }
  if (!transition.found) {
    const message = `${action.Identifier} (${action.Type}) at ${positionOf(flow, action)} took ${transition.branch} but ${transition.missing}`;
    end = { outcome: 'Error', error: { code: 'NoTransition', message, identifier: action.Identifier } };
  } else if (!next && !end && isUnconnected(transition.next)) {
    end = notConnected(action, `its ${transition.branch} branch is not connected (${JSON.stringify(transition.next)}), as in a saved draft; connect it in the flow designer`);
  } else if (!next && !end) {
    next = { flow: flow.file, action: transition.next };
  }
  // Built by assignment, not conditional spreads: this runs on every step (bench/run-flow.js).
  const event: Writable<StepEvent> = {
    step: state.steps + 1,
    flow: flow.name,
    identifier: action.Identifier,
    type: action.Type,
    branch: transition.branch,
    next: transition.found && next ? transition.next : null,
    prompts: outcome.prompts ?? NO_PROMPTS,
  };
  const detail = transition.found ? transition.detail : undefined;
  if (transition.found && transition.condition !== undefined) event.condition = transition.condition;
  const reason = outcome.reason && detail ? `${outcome.reason}; ${detail}` : (outcome.reason ?? detail);
  if (reason) event.reason = reason;
  if (contact.Attributes !== state.contact.Attributes) {
    const attributes = diffRecords(state.contact.Attributes, contact.Attributes);
    if (attributes) event.attributes = attributes;
  }
  if (contact.Customer !== state.contact.Customer) {
    const customer = diffRecords(state.contact.Customer, contact.Customer);
    if (customer) event.customer = customer;
  }
  if (outcome.settings) event.settings = outcome.settings;
  const references = referenceNotes(action);
  const notes = references.length ? [...(outcome.notes ?? []), ...references] : outcome.notes;
  if (notes?.length) event.notes = notes;
  if (outcome.input) event.input = outcome.input;
  if (outcome.notSimulated) event.notSimulated = true;
  if (outcome.call) event.call = outcome.call;
  const nextState: Writable<RunState> = {
    contact,
    returnTo,
    inputIndex: outcome.input ? state.inputIndex + 1 : state.inputIndex,
    // Object.assign, not spreads: a spread copy that gains keys is slow in V8 (bench/run-flow.js).
    counters: outcome.counters ? Object.assign({}, state.counters, outcome.counters) : state.counters,
    settings: outcome.settings ? Object.assign({}, state.settings, outcome.settings) : state.settings,
    steps: state.steps + 1,
    elapsedSeconds: outcome.elapsedSeconds ? state.elapsedSeconds + outcome.elapsedSeconds : state.elapsedSeconds,
  };
  if (end) {
    event.end = end;
    nextState.end = end;
  } else if (next) {
    nextState.at = next;
  }
  return { state: nextState, event };
}

/** file:line:column of the action in its flow file, so an editor can jump to it. */
function positionOf(flow: LoadedFlow, action: FlowAction): string {
  const { line, column } = flow.source.locate(['Actions', flow.flow.Actions.indexOf(action)]);
  return `${flow.file}:${line}:${column}`;
}

// Parameters are fixed per action, so their unreadable references are found once, not on every step.
const referenceNotesByAction = new WeakMap<FlowAction, readonly string[]>();

/** A trace note for each reference that reads as "" because it is not a plain member path ("$[", "$..*") or names what the flow language does not have. */
function referenceNotes(action: FlowAction): readonly string[] {
  let notes = referenceNotesByAction.get(action);
  if (!notes) {
    const found = unreadableReferences(action.Parameters).map((path) => `${JSON.stringify(path)} is not a reference like $.Attributes.name or $['Attributes']['a b']: it reads as ""`);
    // A name the flow language does not have (a typo such as $.Custmer) reads as "" too: say why.
    for (const { path, keys } of memberReferences(action.Parameters)) {
      const unknown = unknownName(keys);
      if (unknown) found.push(`${JSON.stringify(path)}: "${unknown.name}" is no ${unknown.kind} of the flow language, so it reads as ""`);
    }
    notes = found;
    referenceNotesByAction.set(action, notes);
  }
  return notes;
}

/** The run ends where a saved draft's branch goes nowhere: "branch not connected" (exit 1). */
function notConnected(action: FlowAction, detail: string): RunEnd {
  return { outcome: 'Error', error: { code: 'BranchNotConnected', message: `branch not connected: ${action.Identifier} (${action.Type}): ${detail}`, identifier: action.Identifier } };
}

function endOf(branch: Extract<Outcome['branch'], { kind: 'end' }>): RunEnd {
  const end: Writable<RunEnd> = { outcome: branch.outcome };
  if (branch.queue) end.queue = branch.queue;
  if (branch.flow) end.flow = branch.flow;
  return end;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };
const NO_PROMPTS: StepEvent['prompts'] = [];

/** Ends the run on an error without running an action. */
export function stop(state: RunState, code: RunErrorCode, message: string, identifier: string): RunState {
  const { at: _at, ...rest } = state;
  return { ...rest, end: { outcome: 'Error', error: { code, message, identifier } } };
}
