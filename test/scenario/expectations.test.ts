// Each expectation kind, passing and failing, against a fixed run result (the --json contract).
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/runtime/result.js';
import { findDivergence } from '../../src/scenario/divergence.js';
import { checkExpectations } from '../../src/scenario/expectations.js';
import type { Expectations } from '../../src/scenario/types.js';

const run: RunResult = {
  outcome: 'Transferred',
  queue: 'Sales',
  steps: [
    { identifier: 'get-profile', type: 'GetCustomerProfile', branch: 'NoneFoundError', next: 'ask', reason: 'NoneFoundError: no profile has _phone = +14255550199' },
    { identifier: 'ask', type: 'GetParticipantInput', branch: 'Condition', next: 'ask', reason: 'Equals "9"' },
    { identifier: 'ask', type: 'GetParticipantInput', branch: 'Condition', next: 'queue', reason: 'Equals "1"' },
    { identifier: 'queue', type: 'TransferContactToQueue', branch: 'Success', next: null },
  ],
  prompts: ['Welcome, caller', 'Press 1 for sales', 'Press 1 for sales', 'Transferring you now'],
  attributes: { lang: 'en', tier: '3' },
  customer: { FirstName: 'Ana', 'Attributes.tier': 'gold' },
};

const messages = (expectations: Expectations, result: RunResult = run): string[] => checkExpectations(expectations, result).map((failure) => failure.message);

describe('expectations', () => {
  it('path: exact list of identifiers', () => {
    expect(messages({ path: ['get-profile', 'ask', 'ask', 'queue'] })).toEqual([]);
    expect(messages({ path: ['get-profile', 'ask', 'queue'] })).toEqual(['path: expected [get-profile, ask, queue], got [get-profile, ask, ask, queue]']);
  });

  it('pathPrefix: the first identifiers', () => {
    expect(messages({ pathPrefix: ['get-profile', 'ask'] })).toEqual([]);
    expect(messages({ pathPrefix: ['get-profile', 'greet'] })).toEqual(['pathPrefix: expected the run to start [get-profile, greet], got [get-profile, ask]']);
  });

  it('branches: the first visit, or every visit as a list', () => {
    expect(messages({ branches: { 'get-profile': 'NoneFoundError', ask: ['Condition', 'Condition'] } })).toEqual([]);
    expect(messages({ branches: { 'get-profile': 'Success' } })).toEqual(['branches.get-profile: expected Success, got NoneFoundError']);
    expect(messages({ branches: { ask: ['Condition'] } })).toEqual(['branches.ask: expected the visits to take [Condition], got [Condition, Condition]']);
    expect(messages({ branches: { greet: 'Success' } })).toEqual(['branches.greet: expected Success, but the run never reached greet']);
  });

  it('customer and attributes: text comparison, null for absent', () => {
    expect(messages({ customer: { FirstName: 'Ana', LastName: null }, attributes: { tier: 3 } })).toEqual([]);
    expect(messages({ customer: { FirstName: 'Bob', 'Attributes.tier': null } })).toEqual([
      'customer.FirstName: expected "Bob", got "Ana"',
      'customer.Attributes.tier: expected it not to be set, got "gold"',
    ]);
    expect(messages({ attributes: { missing: 'x' } })).toEqual(['attributes.missing: expected "x", it is not set']);
  });

  it('prompts: the exact list, showing the first difference', () => {
    expect(messages({ prompts: [...run.prompts] })).toEqual([]);
    expect(messages({ prompts: ['Welcome, caller', 'Press 2'] })).toEqual(['prompts: prompt 2: expected "Press 2", got "Press 1 for sales"']);
    expect(messages({ prompts: ['Welcome, caller'] })).toEqual(['prompts: prompt 2: expected nothing, got "Press 1 for sales"']);
  });

  it('promptsContain: substrings in order, several in one prompt', () => {
    expect(messages({ promptsContain: ['Welcome', 'caller', 'sales', 'Transferring'] })).toEqual([]);
    const prompts = '["Welcome, caller","Press 1 for sales","Press 1 for sales","Transferring you now"]';
    expect(messages({ promptsContain: ['Transferring', 'Welcome'] })).toEqual([`promptsContain: no prompt contains "Welcome" after "Transferring"; the prompts were ${prompts}`]);
    expect(messages({ promptsContain: ['Goodbye'] })).toEqual([`promptsContain: no prompt contains "Goodbye"; the prompts were ${prompts}`]);
  });

  it('outcome and queue', () => {
    expect(messages({ outcome: 'Transferred', queue: 'Sales' })).toEqual([]);
    expect(messages({ outcome: 'Disconnected', queue: 'Support' })).toEqual([
      'outcome: expected Disconnected, got Transferred',
      'queue: expected "Support", got "Sales"',
    ]);
  });

  it('error: the runtime error code; an unexpected runtime error fails the case', () => {
    const stopped: RunResult = { ...run, outcome: 'Error', error: { code: 'NoTransition', message: 'ask took Success but has no NextAction', identifier: 'ask' } };
    expect(messages({ error: 'NoTransition' }, stopped)).toEqual([]);
    expect(messages({ error: 'StepLimit' }, stopped)).toEqual(['error: expected StepLimit, got NoTransition (ask took Success but has no NextAction)']);
    expect(messages({ error: 'StepLimit' })).toEqual(['error: expected StepLimit, got no error (the run ended Transferred)']);
    expect(messages({ customer: { FirstName: 'Ana' } }, stopped)).toEqual(['the run stopped on an error: NoTransition: ask took Success but has no NextAction']);
    expect(messages({ outcome: 'Error' }, stopped)).toEqual([]);
  });

  it('keeps expected and actual values as data for the JSON reporter', () => {
    expect(checkExpectations({ branches: { 'get-profile': 'Success' } }, run)).toEqual([
      { expectation: 'branches', message: 'branches.get-profile: expected Success, got NoneFoundError', expected: 'Success', actual: 'NoneFoundError' },
    ]);
  });
});

describe('where the run left the expected path', () => {
  it('names the step whose next block was not the expected one', () => {
    expect(findDivergence({ path: ['get-profile', 'greet'] }, run)).toEqual({
      step: 1, identifier: 'get-profile', branch: 'NoneFoundError', next: 'ask', reason: 'NoneFoundError: no profile has _phone = +14255550199', expected: 'next: greet',
    });
  });

  it('names the first block when the run starts elsewhere, and the last when it goes on too long', () => {
    expect(findDivergence({ path: ['greet'] }, run)).toMatchObject({ step: 1, identifier: 'get-profile', expected: 'to start at greet' });
    expect(findDivergence({ path: ['get-profile', 'ask', 'ask'] }, run)).toMatchObject({ step: 3, identifier: 'ask', next: 'queue', expected: 'the run to end' });
    expect(findDivergence({ pathPrefix: ['get-profile', 'ask', 'ask'] }, run)).toBeUndefined();
  });

  it('names the step that ended the run too early', () => {
    expect(findDivergence({ pathPrefix: ['get-profile', 'ask', 'ask', 'queue', 'bye'] }, run)).toMatchObject({ step: 4, identifier: 'queue', next: null, expected: 'next: bye' });
  });

  it('without a path, names the first block that took another branch', () => {
    expect(findDivergence({ branches: { ask: ['Condition', 'NoMatchingCondition'], 'get-profile': 'NoneFoundError' } }, run)).toMatchObject({
      step: 3, identifier: 'ask', branch: 'Condition', expected: 'branch NoMatchingCondition',
    });
  });
});
