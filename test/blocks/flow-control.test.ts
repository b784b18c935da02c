import { describe, expect, it } from 'vitest';
import { checkHoursOfOperation } from '../../src/blocks/check-hours-of-operation.js';
import { checkMetricData } from '../../src/blocks/check-metric-data.js';
import { compare } from '../../src/blocks/compare.js';
import { distributeByPercentage } from '../../src/blocks/distribute-by-percentage.js';
import { getMetricData } from '../../src/blocks/get-metric-data.js';
import { invokeLambdaFunction } from '../../src/blocks/invoke-lambda-function.js';
import { loop } from '../../src/blocks/loop.js';
import { transferContactToQueue } from '../../src/blocks/transfer-contact-to-queue.js';
import { updateContactAttributes } from '../../src/blocks/update-contact-attributes.js';
import { updateContactTargetQueue } from '../../src/blocks/update-contact-target-queue.js';
import { wait } from '../../src/blocks/wait.js';
import { isInHours } from '../../src/runtime/hours.js';
import { action, blockContext, contact, deps, type DepsOptions } from '../runtime/helpers.js';

const context = (options: DepsOptions = {}) => blockContext(deps(options));

describe('flow control blocks', () => {
  it('Compare returns the value for the conditions', () => {
    const block = action({ Identifier: 'c', Type: 'Compare', Parameters: { ComparisonValue: '$.Attributes.tier' } });
    expect(compare(block, contact({ Attributes: { tier: 'gold' } }), context()).branch).toEqual({ kind: 'result', result: 'gold' });
  });

  it('UpdateContactAttributes sets attributes from references', () => {
    const block = action({ Identifier: 'set', Type: 'UpdateContactAttributes', Parameters: { Attributes: { caller: '$.CustomerEndpoint.Address', fixed: 'x' } } });
    expect(updateContactAttributes(block, contact({ CustomerEndpoint: { Address: '+1' }, Attributes: { keep: 'k' } }), context()).contact?.Attributes)
      .toEqual({ keep: 'k', caller: '+1', fixed: 'x' });
  });

  it('UpdateContactAttributes keeps __proto__, constructor and prototype as attribute names, read back by $.Attributes', () => {
    const attributes = JSON.parse('{"__proto__": "p", "constructor": "c", "prototype": "t"}') as Record<string, string>;
    const block = action({ Identifier: 'set', Type: 'UpdateContactAttributes', Parameters: { Attributes: attributes } });
    const updated = updateContactAttributes(block, contact({ Attributes: { keep: 'k' } }), context()).contact;
    expect(Object.keys(updated?.Attributes ?? {}).sort()).toEqual(['__proto__', 'constructor', 'keep', 'prototype']);
    const read = action({ Identifier: 'c', Type: 'Compare', Parameters: { ComparisonValue: '$.Attributes.__proto__' } });
    expect(compare(read, contact({ Attributes: updated?.Attributes ?? {} }), context()).branch).toEqual({ kind: 'result', result: 'p' });
    expect(({} as Record<string, unknown>).p).toBeUndefined();
  });

  it('Loop continues LoopCount times, then is done once and resets', () => {
    const block = action({ Identifier: 'retry', Type: 'Loop', Parameters: { LoopCount: '2' } });
    const runtime = deps();
    let counters: Readonly<Record<string, number>> = {};
    const results: string[] = [];
    for (let index = 0; index < 4; index++) {
      const outcome = loop(block, contact(), blockContext(runtime, { counters }));
      results.push(outcome.branch.kind === 'result' ? outcome.branch.result : outcome.branch.kind);
      counters = { ...counters, ...outcome.counters };
    }
    expect(results).toEqual(['ContinueLooping', 'ContinueLooping', 'DoneLooping', 'ContinueLooping']);
    expect(loop(action({ Identifier: 'bad', Type: 'Loop', Parameters: { LoopCount: 'many' } }), contact(), context()).branch).toEqual({ kind: 'error', errorType: 'NoMatchingError' });
  });

  it('Wait completes and adds its seconds to the clock', () => {
    const outcome = wait(action({ Identifier: 'w', Type: 'Wait', Parameters: { TimeLimitSeconds: '5' } }), contact(), context());
    expect(outcome).toMatchObject({ branch: { kind: 'result', result: 'WaitCompleted' }, elapsedSeconds: 5 });
  });

  it('DistributeByPercentage draws mocks.percentage, else a number stable for the contact', () => {
    const block = action({ Identifier: 'split', Type: 'DistributeByPercentage' });
    expect(distributeByPercentage(block, contact(), context({ mocks: { percentage: 42 } })).branch).toEqual({ kind: 'result', result: '42' });
    const drawn = distributeByPercentage(block, contact(), context()).branch;
    expect(drawn).toEqual(distributeByPercentage(block, contact(), context()).branch);
  });
});

describe('queues, hours and metrics', () => {
  const setQueue = action({ Identifier: 'queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/q-sales' } });
  const transfer = action({ Identifier: 'transfer', Type: 'TransferContactToQueue' });

  it('sets the working queue and transfers to it', () => {
    const queued = updateContactTargetQueue(setQueue, contact(), context({ mocks: { queues: { 'q-sales': { name: 'Sales' } } } })).contact;
    expect(queued?.Queue).toEqual({ Name: 'Sales', ARN: 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/q-sales' });
    expect(transferContactToQueue(transfer, queued ?? contact(), context()).branch).toEqual({ kind: 'end', outcome: 'Transferred', queue: 'Sales' });
  });

  it('takes QueueAtCapacity when mocked, and Error with no working queue', () => {
    const queued = contact({ Queue: { Name: 'Sales' } });
    expect(transferContactToQueue(transfer, queued, context({ mocks: { queues: { Sales: { error: 'QueueAtCapacity' } } } })).branch).toEqual({ kind: 'error', errorType: 'QueueAtCapacity' });
    expect(transferContactToQueue(transfer, contact(), context()).branch).toEqual({ kind: 'error', errorType: 'NoMatchingError' });
  });

  it('checks a weekly schedule against the clock in its time zone', () => {
    const schedule = { MONDAY: ['09:00-17:00'], FRIDAY: ['22:00-02:00'] };
    expect(isInHours(new Date('2024-05-06T16:00:00Z'), schedule, 'America/Los_Angeles')).toBe(true); // Monday 09:00
    expect(isInHours(new Date('2024-05-06T15:59:00Z'), schedule, 'America/Los_Angeles')).toBe(false);
    expect(isInHours(new Date('2024-05-11T00:30:00Z'), schedule)).toBe(true); // Saturday 00:30, Friday's overnight range
    const block = action({ Identifier: 'hours', Type: 'CheckHoursOfOperation', Parameters: { HoursOfOperationId: 'Basic Hours' } });
    const mocks = { hours: { 'Basic Hours': { schedule, timeZone: 'America/Los_Angeles' } } };
    expect(checkHoursOfOperation(block, contact(), context({ mocks, clock: '2024-05-06T16:30:00Z' })).branch).toEqual({ kind: 'result', result: 'True' });
    expect(checkHoursOfOperation(block, contact(), context({ mocks, clock: '2024-05-07T16:30:00Z' })).branch).toEqual({ kind: 'result', result: 'False' });
    expect(checkHoursOfOperation(block, contact(), context()).branch).toEqual({ kind: 'result', result: 'True' });
  });

  it('loads queue metrics onto $.Metrics and checks one metric', () => {
    const mocks = { metrics: { '*': { NumberOfContactsInQueue: 4, NumberOfAgentsStaffed: 2 } } };
    const queued = contact({ Queue: { Name: 'Sales' } });
    const metrics = getMetricData(action({ Identifier: 'm', Type: 'GetMetricData' }), queued, context({ mocks })).contact?.Metrics;
    expect(metrics).toMatchObject({ Queue: { Name: 'Sales', Size: 4 }, Agents: { Staffed: { Count: 2 }, Available: { Count: 0 } } });
    const check = action({ Identifier: 'staffed', Type: 'CheckMetricData', Parameters: { MetricType: 'NumberOfAgentsStaffed' } });
    expect(checkMetricData(check, queued, context({ mocks })).branch).toEqual({ kind: 'result', result: '2' });
  });
});

describe('InvokeLambdaFunction', () => {
  const block = action({ Identifier: 'lookup', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:lookup' } });

  it('puts the mocked response in $.External, found by function name', () => {
    const outcome = invokeLambdaFunction(block, contact(), context({ mocks: { lambda: { lookup: { External: { balance: 12, status: 'ok' } } } } }));
    expect(outcome.contact?.External).toEqual({ balance: '12', status: 'ok' });
  });

  it('routes a mocked error, and refuses nested values under STRING_MAP', () => {
    expect(invokeLambdaFunction(block, contact(), context({ mocks: { lambda: { lookup: { error: 'NoMatchingError' } } } })).branch).toEqual({ kind: 'error', errorType: 'NoMatchingError' });
    expect(invokeLambdaFunction(block, contact(), context({ mocks: { lambda: { '*': { External: { a: { b: 1 } } } } } })).reason).toContain('STRING_MAP');
  });

  it('succeeds with an empty $.External with no mock, and says so', () => {
    const outcome = invokeLambdaFunction(block, contact({ External: { old: 'x' } }), context());
    expect(outcome.contact?.External).toEqual({});
    expect(outcome.reason).toContain('no mocks.lambda');
  });
});
