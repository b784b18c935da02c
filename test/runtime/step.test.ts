import { describe, expect, it } from 'vitest';
import type { LoadedFlow } from '../../src/flow/types.js';
import type { FlowResolver } from '../../src/runtime/deps.js';
import { runContact } from '../../src/runtime/run.js';
import { startRun } from '../../src/runtime/run.js';
import { step } from '../../src/runtime/step.js';
import { contact, deps, loadedFlow } from './helpers.js';

const say = (Identifier: string, Text: string, next?: string) => ({
  Identifier, Type: 'MessageParticipant', Parameters: { Text }, Transitions: next ? { NextAction: next } : {},
});
const hangUp = { Identifier: 'bye', Type: 'DisconnectParticipant' };

describe('step and run', () => {
  it('runs to a DisconnectParticipant and reports each step', () => {
    const flow = loadedFlow([say('hello', 'Hello', 'bye'), hangUp]);
    const { state, events } = runContact(flow, contact(), deps());
    expect(state.end).toEqual({ outcome: 'Disconnected' });
    expect(events.map((event) => [event.identifier, event.branch, event.next])).toEqual([
      ['hello', 'Success', 'bye'],
      ['bye', 'Success', null],
    ]);
    expect(events[0]?.prompts).toEqual([{ kind: 'text', text: 'Hello' }]);
  });

  it('keeps no state between runs: one flow runs many contacts', () => {
    const flow = loadedFlow([
      { Identifier: 'set', Type: 'UpdateContactAttributes', Parameters: { Attributes: { seen: '$.CustomerEndpoint.Address' } }, Transitions: { NextAction: 'bye' } },
      hangUp,
    ]);
    const runtime = deps();
    const first = runContact(flow, contact({ CustomerEndpoint: { Address: '+1' } }), runtime);
    const second = runContact(flow, contact({ CustomerEndpoint: { Address: '+2' } }), runtime);
    expect(first.state.contact.Attributes).toEqual({ seen: '+1' });
    expect(second.state.contact.Attributes).toEqual({ seen: '+2' });
  });

  it('returns a new state each step and leaves the old one as it was (step-back)', () => {
    const flow = loadedFlow([
      { Identifier: 'set', Type: 'UpdateContactAttributes', Parameters: { Attributes: { a: '1' } }, Transitions: { NextAction: 'bye' } },
      hangUp,
    ]);
    const start = startRun(flow, contact());
    const next = step(flow, start, deps());
    expect(start.contact.Attributes).toEqual({});
    expect(start.at).toEqual({ flow: flow.file, action: 'set' });
    expect(next.state.contact.Attributes).toEqual({ a: '1' });
    expect(next.event?.attributes).toEqual({ a: '1' });
  });

  it('sets "" for a reference that is not a plain member path, and notes it in the trace', () => {
    const flow = loadedFlow([
      { Identifier: 'set', Type: 'UpdateContactAttributes', Parameters: { Attributes: { out: '$[', all: '$..*' } }, Transitions: { NextAction: 'bye' } },
      hangUp,
    ]);
    const { state, events } = runContact(flow, contact({ Attributes: { secret: 'x' } }), deps());
    expect(state.contact.Attributes).toEqual({ secret: 'x', out: '', all: '' });
    expect(events[0]?.notes).toEqual([
      `"$[" is not a reference like $.Attributes.name or $['Attributes']['a b']: it reads as ""`,
      `"$..*" is not a reference like $.Attributes.name or $['Attributes']['a b']: it reads as ""`,
    ]);
    expect(events[1]?.notes).toBeUndefined();
  });

  it('notes a reference that reads "" because its namespace or Customer field does not exist', () => {
    const flow = loadedFlow([
      { Identifier: 'set', Type: 'UpdateContactAttributes', Parameters: { Attributes: { a: '$.Custmer.Attributes.tier', b: 'Hi $.Customer.FristName', c: '$.Customer.FirstName' } }, Transitions: { NextAction: 'bye' } },
      hangUp,
    ]);
    const { events } = runContact(flow, contact(), deps());
    expect(events[0]?.notes).toEqual([
      `"$.Custmer.Attributes.tier": "Custmer" is no namespace of the flow language, so it reads as ""`,
      `"$.Customer.FristName": "FristName" is no Customer field of the flow language, so it reads as ""`,
    ]);
  });

  it('sends an error with no transition of its own to NoMatchingError', () => {
    const flow = loadedFlow([
      { Identifier: 'menu', Type: 'Compare', Parameters: { ComparisonValue: '$.Attributes.x' }, Transitions: {
        NextAction: 'bye', Conditions: [{ NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['1'] } }],
        Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'sorry' }],
      } },
      say('sorry', 'Sorry', 'bye'),
      hangUp,
    ]);
    const { events } = runContact(flow, contact(), deps());
    expect(events[0]).toMatchObject({ branch: 'NoMatchingError', next: 'sorry' });
    expect(events[0]?.reason).toContain('no NoMatchingCondition branch, so NoMatchingError');
  });

  it('stops with an error naming the block and its place in the file when neither transition exists', () => {
    const actions = [
      hangUp,
      { Identifier: 'menu', Type: 'Compare', Parameters: { ComparisonValue: '$.Attributes.x' }, Transitions: {
        Conditions: [{ NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['1'] } }],
      } },
    ];
    // Action n starts on line 10n + 4 of the file.
    const flow = { ...loadedFlow(actions, { start: 'menu' }), source: { locate: (path: readonly (string | number)[]) => ({ line: 10 * Number(path[1]) + 4, column: 5 }) } };
    const { state, events } = runContact(flow, contact(), deps());
    expect(state.end?.outcome).toBe('Error');
    expect(state.end?.error).toEqual({
      code: 'NoTransition', identifier: 'menu',
      message: 'menu (Compare) at test-flow.yaml:14:5 took NoMatchingCondition but has no NoMatchingCondition or NoMatchingError transition',
    });
    expect(events[0]).toMatchObject({ identifier: 'menu', branch: 'NoMatchingCondition', next: null });
  });

  it('runs an unknown action type as not simulated: its success branch, said in the trace', () => {
    const flow = loadedFlow([{ Identifier: 'odd', Type: 'MakeCoffee', Transitions: { NextAction: 'bye', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'bye' }] } }, hangUp]);
    const { state, events } = runContact(flow, contact(), deps());
    expect(state.end).toEqual({ outcome: 'Disconnected' });
    expect(events[0]).toMatchObject({ identifier: 'odd', type: 'MakeCoffee', branch: 'Success', next: 'bye', notSimulated: true });
    expect(events[0]?.reason).toContain('not simulated: cfsim does not know action type "MakeCoffee"');
  });

  it('stops a flow that loops forever at the step limit', () => {
    const flow = loadedFlow([say('a', 'again', 'b'), say('b', 'and again', 'a')]);
    const { state, events } = runContact(flow, contact(), deps(), { maxSteps: 25 });
    expect(events).toHaveLength(25);
    expect(state.end?.error).toMatchObject({ code: 'StepLimit', identifier: 'b' });
  });

  it('runs a flow module and comes back to the invoking block\'s NextAction', () => {
    const module = loadedFlow([say('inside', 'In the module', 'back'), { Identifier: 'back', Type: 'EndFlowModuleExecution' }], { name: 'greeting-module' });
    const resolver: FlowResolver = { resolve: (reference) => (reference === 'greeting-module' ? module : undefined), byFile: (file) => (file === module.file ? module : undefined) };
    const flow = loadedFlow([
      { Identifier: 'call', Type: 'InvokeFlowModule', Parameters: { FlowModuleId: 'greeting-module' }, Transitions: { NextAction: 'after' } },
      say('after', 'Back in the flow', 'bye'),
      hangUp,
    ]);
    const { state, events } = runContact(flow, contact(), deps({ flows: resolver }));
    expect(events.map((event) => `${event.flow}:${event.identifier}`)).toEqual([
      'test-flow:call', 'greeting-module:inside', 'greeting-module:back', 'test-flow:after', 'test-flow:bye',
    ]);
    expect(state.end?.outcome).toBe('Disconnected');
  });

  it('transfers to another flow, dropping flow attributes', () => {
    const target: LoadedFlow = loadedFlow([say('there', 'Flow two: $.FlowAttributes.x', 'bye'), hangUp], { name: 'second' });
    const resolver: FlowResolver = { resolve: (reference) => (reference.endsWith('second') ? target : undefined), byFile: (file) => (file === target.file ? target : undefined) };
    const flow = loadedFlow([
      { Identifier: 'set', Type: 'UpdateFlowAttributes', Parameters: { FlowAttributes: { x: { Value: '1' } } }, Transitions: { NextAction: 'go' } },
      { Identifier: 'go', Type: 'TransferToFlow', Parameters: { ContactFlowId: 'arn:aws:connect:us-east-1:111122223333:instance/i/contact-flow/second' }, Transitions: { NextAction: 'bye' } },
      hangUp,
    ]);
    const { events } = runContact(flow, contact(), deps({ flows: resolver }));
    expect(events.map((event) => event.identifier)).toEqual(['set', 'go', 'there', 'bye']);
    expect(events[2]?.prompts[0]?.text).toBe('Flow two: ');
  });

  it('ends as Transferred when the target flow is not loaded', () => {
    const flow = loadedFlow([{ Identifier: 'go', Type: 'TransferToFlow', Parameters: { ContactFlowId: 'elsewhere' }, Transitions: { NextAction: 'bye' } }, hangUp]);
    const { state, events } = runContact(flow, contact(), deps());
    expect(state.end).toEqual({ outcome: 'Transferred', flow: 'elsewhere' });
    expect(events[0]?.reason).toContain('flow elsewhere is not loaded');
  });
});
