// Runs of real-export shapes: blocks: mocks choose any block's branch, a saved draft's unconnected
// branch ends the run with "branch not connected", actions without Parameters or Transitions run, and
// a run that starves for input at the step limit says so.
import { describe, expect, it } from 'vitest';
import { toRunResult } from '../../src/runtime/result.js';
import { runContact } from '../../src/runtime/run.js';
import { starvedCycle } from '../../src/runtime/step-limit.js';
import { contact, deps, loadedFlow, type ActionSpec } from './helpers.js';

const hangUp: ActionSpec = { Identifier: 'bye', Type: 'DisconnectParticipant' };
const sorry: ActionSpec = { Identifier: 'sorry', Type: 'MessageParticipant', Parameters: { Text: 'Sorry' }, Transitions: { NextAction: 'bye' } };

describe('blocks: mocks', () => {
  const odd: ActionSpec = { Identifier: 'odd', Type: 'MakeCoffee', Transitions: { NextAction: 'bye', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'sorry' }] } };

  it('choose an unknown block\'s error branch', () => {
    const { state, events } = runContact(loadedFlow([odd, sorry, hangUp]), contact(), deps({ mocks: { blocks: { odd: { branch: 'NoMatchingError', message: 'machine empty' } } } }));
    expect(state.end?.outcome).toBe('Disconnected');
    expect(events.map((event) => [event.identifier, event.branch])).toEqual([['odd', 'NoMatchingError'], ['sorry', 'Success'], ['bye', 'Success']]);
    expect(events[0]?.reason).toBe('mocked (blocks.odd): NoMatchingError: machine empty');
  });

  it('choose a known block\'s condition, skipping its own work, one entry per call', () => {
    const check: ActionSpec = {
      Identifier: 'check', Type: 'CheckHoursOfOperation',
      Transitions: { NextAction: 'bye', Conditions: [{ NextAction: 'sorry', Condition: { Operator: 'Equals', Operands: ['False'] } }], Errors: [] },
    };
    const { events } = runContact(loadedFlow([check, sorry, hangUp]), contact(), deps({ mocks: { blocks: { check: [{ condition: 'False' }] } } }));
    expect(events[0]).toMatchObject({ identifier: 'check', branch: 'Condition', next: 'sorry' });
  });
});

describe('saved drafts and terminal actions as exports write them', () => {
  it('an unconnected branch ("" or "$end") ends the run: branch not connected, naming block and branch', () => {
    for (const target of ['', '$end']) {
      const flow = loadedFlow([{ Identifier: 'greet', Type: 'MessageParticipant', Parameters: { Text: 'Hi' }, Transitions: { NextAction: target } }]);
      const output = runContact(flow, contact(), deps());
      expect(output.state.end?.error).toMatchObject({ code: 'BranchNotConnected', identifier: 'greet' });
      expect(output.state.end?.error?.message).toContain('branch not connected: greet (MessageParticipant): its Success branch is not connected');
      expect(toRunResult(output).steps).toEqual([{ identifier: 'greet', type: 'MessageParticipant', branch: 'Success', next: null }]);
    }
  });

  it('an unconnected error branch, and an empty StartAction, end the same way', () => {
    const lookup: ActionSpec = { Identifier: 'lookup', Type: 'GetCustomerProfile', Parameters: { ProfileRequestData: { IdentifierName: '_phone', IdentifierValue: '+1' }, ProfileResponseData: ['FirstName'] }, Transitions: { NextAction: 'bye', Errors: [{ ErrorType: 'NoneFoundError', NextAction: '$end' }] } };
    const { state } = runContact(loadedFlow([lookup, hangUp]), contact(), deps());
    expect(state.end?.error?.message).toContain('its NoneFoundError branch is not connected ("$end")');
    const empty = runContact(loadedFlow([hangUp], { start: '' }), contact(), deps());
    expect(empty.state.end?.error).toMatchObject({ code: 'BranchNotConnected' });
  });

  it('actions without Parameters or Transitions keys run', () => {
    // As the exports write them: CheckSecurityStatus with no Parameters, terminal actions with no Transitions.
    const check = { Identifier: 'check', Type: 'CheckSecurityStatus', Transitions: { NextAction: 'bye' } };
    const bye = { Identifier: 'bye', Type: 'DisconnectParticipant' };
    const flow = loadedFlow([]);
    const bare = { ...flow, flow: { ...flow.flow, StartAction: 'check', Actions: [check, bye] }, actionsById: new Map([['check', check], ['bye', bye]]) };
    expect(runContact(bare, contact(), deps()).state.end).toEqual({ outcome: 'Disconnected' });
    const end = { Identifier: 'end', Type: 'EndFlowModuleExecution' };
    const module = { ...flow, flow: { ...flow.flow, StartAction: 'end', Actions: [end] }, actionsById: new Map([['end', end]]) };
    expect(runContact(module, contact(), deps()).state.end).toEqual({ outcome: 'Ended' });
  });
});

describe('the step limit', () => {
  const menu: ActionSpec = {
    Identifier: 'menu', Type: 'GetParticipantInput', Parameters: { Text: 'Press 1', InputTimeLimitSeconds: '5' },
    Transitions: { NextAction: 'again', Conditions: [{ NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['1'] } }], Errors: [{ ErrorType: 'InputTimeLimitExceeded', NextAction: 'again' }, { ErrorType: 'NoMatchingCondition', NextAction: 'again' }] },
  };
  const again: ActionSpec = { Identifier: 'again', Type: 'MessageParticipant', Parameters: { Text: 'Try again' }, Transitions: { NextAction: 'menu' } };

  it('names the cycle that keeps asking, the input that ran out and how to give it', () => {
    const { state } = runContact(loadedFlow([menu, again, hangUp]), contact({ Inputs: ['7'] }), deps({ inputs: ['7'] }), { maxSteps: 20 });
    expect(state.end?.error?.code).toBe('StepLimit');
    expect(state.end?.error?.message).toBe(
      'stopped after 20 steps, before menu: the flow keeps asking for input the contact does not have. menu → again repeat, and menu got no input: ' +
        "the contact's Inputs ran out at step 3 (menu). Give the answers the flow waits for in the contact file's Inputs, in order (e.g. Inputs: [\"1\"])",
    );
  });

  it('keeps "may loop forever" for a loop that asks for nothing', () => {
    const ping: ActionSpec = { Identifier: 'ping', Type: 'MessageParticipant', Parameters: { Text: 'ping' }, Transitions: { NextAction: 'ping' } };
    const { state, events } = runContact(loadedFlow([ping]), contact(), deps(), { maxSteps: 5 });
    expect(state.end?.error?.message).toContain('may loop forever');
    expect(starvedCycle(events)).toBeUndefined();
  });
});
