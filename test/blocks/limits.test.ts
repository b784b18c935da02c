// Amazon Connect's documented limits, as the blocks apply them (src/runtime/connect-limits.ts).
import { describe, expect, it } from 'vitest';
import { checkHoursOfOperation } from '../../src/blocks/check-hours-of-operation.js';
import { getParticipantInput } from '../../src/blocks/get-participant-input.js';
import { messageParticipant } from '../../src/blocks/message-participant.js';
import { updateContactAttributes } from '../../src/blocks/update-contact-attributes.js';
import { updateFlowAttributes } from '../../src/blocks/update-flow-attributes.js';
import { wait } from '../../src/blocks/wait.js';
import { attributesBytes, utf8Length } from '../../src/runtime/connect-limits.js';
import { resolveText } from '../../src/runtime/jsonpath.js';
import { action, blockContext, contact, deps, type DepsOptions } from '../runtime/helpers.js';

const context = (options: DepsOptions = {}) => blockContext(deps(options));
const NO_MATCHING = { kind: 'error', errorType: 'NoMatchingError' };

describe('contact and flow attributes: 32,768 UTF-8 bytes in all', () => {
  const set = (attributes: Record<string, string>, target?: string) =>
    action({ Identifier: 'set', Type: 'UpdateContactAttributes', Parameters: { Attributes: attributes, ...(target ? { TargetContact: target } : {}) } });

  it('counts UTF-8 bytes of keys and values, as the API does', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
    expect(utf8Length('\ud800')).toBe(3); // a lone surrogate is written as U+FFFD
    expect(attributesBytes({ ab: 'cd', é: '' })).toBe(6);
  });

  it('a write that reaches exactly 32,768 bytes succeeds; one byte more takes NoMatchingError and sets nothing', () => {
    const before = contact({ Attributes: { keep: 'k' } }); // 5 bytes
    const fits = updateContactAttributes(set({ v: 'x'.repeat(32_768 - 5 - 1) }), before, context());
    expect(fits.branch).toEqual({ kind: 'next' });
    const over = updateContactAttributes(set({ v: 'x'.repeat(32_768 - 5) }), before, context());
    expect(over.branch).toEqual(NO_MATCHING);
    expect(over.contact).toBeUndefined();
    expect(over.reason).toBe('NoMatchingError: the contact attributes would take 32,769 bytes, more than the 32,768 bytes Amazon Connect allows; nothing was set');
  });

  it('counts what the contact already holds, and multi-byte characters by their bytes', () => {
    const full = contact({ Attributes: { big: '€'.repeat(10_000) } }); // 30,003 bytes
    expect(updateContactAttributes(set({ more: '€'.repeat(1_000) }), full, context()).branch).toEqual(NO_MATCHING);
    expect(updateContactAttributes(set({ more: 'x'.repeat(1_000) }), full, context()).branch).toEqual({ kind: 'next' });
  });

  it('the related contact and flow attributes have the same limit', () => {
    expect(updateContactAttributes(set({ v: 'x'.repeat(40_000) }, 'Related'), contact(), context()).branch).toEqual(NO_MATCHING);
    const flowSet = action({ Identifier: 'flow', Type: 'UpdateFlowAttributes', Parameters: { FlowAttributes: { v: { Value: 'x'.repeat(40_000) } } } });
    const outcome = updateFlowAttributes(flowSet, contact(), context());
    expect(outcome.branch).toEqual(NO_MATCHING);
    expect(outcome.reason).toMatch(/the flow attributes would take 40,001 bytes/);
  });

  it('text built from references stops growing at 65,536 characters, so no loop builds unbounded strings', () => {
    const big = contact({ Attributes: { a: 'y'.repeat(30_000) } });
    expect(resolveText('$.Attributes.a $.Attributes.a $.Attributes.a $.Attributes.a', big)).toHaveLength(65_536);
  });
});

describe('prompts: text-to-speech takes at most 6,000 characters', () => {
  it('a longer Text or SSML prompt takes NoMatchingError and plays nothing', () => {
    const long = contact({ Attributes: { text: 'z'.repeat(6_001) } });
    const play = messageParticipant(action({ Identifier: 'p', Type: 'MessageParticipant', Parameters: { Text: '$.Attributes.text' } }), long, context());
    expect(play).toMatchObject({ branch: NO_MATCHING, reason: 'NoMatchingError: the text prompt is 6,001 characters long; text-to-speech takes at most 6,000' });
    expect(play.prompts).toBeUndefined();
    const ssml = messageParticipant(action({ Identifier: 'p', Type: 'MessageParticipant', Parameters: { SSML: `<speak>${'a'.repeat(6_000)}</speak>` } }), contact(), context());
    expect(ssml.branch).toEqual(NO_MATCHING);
    expect(messageParticipant(action({ Identifier: 'p', Type: 'MessageParticipant', Parameters: { Text: 'z'.repeat(6_000) } }), contact(), context()).branch).toEqual({ kind: 'next' });
  });

  it('a block that takes input errs before it uses up the customer\'s input', () => {
    const runtime = deps({ inputs: ['1'] });
    const block = action({ Identifier: 'menu', Type: 'GetParticipantInput', Parameters: { Text: 'q'.repeat(7_000) } });
    expect(getParticipantInput(block, contact(), blockContext(runtime)).branch).toEqual(NO_MATCHING);
    expect(getParticipantInput(action({ Identifier: 'menu', Type: 'GetParticipantInput', Parameters: { Text: 'Press 1' } }), contact(), blockContext(runtime)).branch).toEqual({ kind: 'result', result: '1' });
  });
});

describe('time stays within what JavaScript dates hold', () => {
  const waitFor = (seconds: unknown) => wait(action({ Identifier: 'w', Type: 'Wait', Parameters: { TimeoutSeconds: seconds } }), contact(), context());

  it('Wait takes 1 to 604,800 seconds; anything else takes NoMatchingError', () => {
    expect(waitFor('604800')).toMatchObject({ branch: { kind: 'result', result: 'WaitCompleted' }, elapsedSeconds: 604_800 });
    expect(waitFor(60)).toMatchObject({ elapsedSeconds: 60 });
    for (const bad of ['604801', '9000000000000', '0', '-5', '1.5', 'soon', '', '1e9']) expect(waitFor(bad).branch).toEqual(NO_MATCHING);
  });

  const hours = action({ Identifier: 'h', Type: 'CheckHoursOfOperation', Parameters: { HoursOfOperationId: 'main' } });
  const schedule = { main: { schedule: { MONDAY: ['09:00-17:00'] } } };

  it('CheckHoursOfOperation takes NoMatchingError when the clock is not a date, never throws', () => {
    const far = checkHoursOfOperation(hours, contact(), blockContext(deps({ mocks: { hours: schedule } }), { elapsedSeconds: 9e15 }));
    expect(far.branch).toEqual(NO_MATCHING);
    expect(far.reason).toMatch(/the simulated clock is not a date JavaScript can hold/);
    const invalid = checkHoursOfOperation(hours, contact(), context({ mocks: { hours: schedule }, clock: '2024-13-45T99:99Z' }));
    expect(invalid.branch).toEqual(NO_MATCHING);
  });

  it('an unknown time zone in a schedule mock takes NoMatchingError with the zone named', () => {
    const outcome = checkHoursOfOperation(hours, contact(), context({ mocks: { hours: { main: { ...schedule.main, timeZone: 'Mars/Olympus' } } } }));
    expect(outcome).toMatchObject({ branch: NO_MATCHING, reason: 'NoMatchingError: mocks.hours main names the time zone "Mars/Olympus", which is not an IANA time zone' });
  });
});

describe('contact data: the UpdateContact API\'s lengths', () => {
  it('a Name over 512 or a Description over 4,096 characters takes NoMatchingError and sets nothing', async () => {
    const { updateContactData } = await import('../../src/blocks/update-contact-data.js');
    const update = (parameters: Record<string, unknown>) => updateContactData(action({ Identifier: 'd', Type: 'UpdateContactData', Parameters: parameters }), contact(), context());
    expect(update({ Name: 'n'.repeat(512), Description: 'd'.repeat(4_096) }).branch).toEqual({ kind: 'next' });
    expect(update({ Name: 'n'.repeat(513) })).toMatchObject({ branch: NO_MATCHING, reason: 'NoMatchingError: Name is 513 characters long; Amazon Connect takes at most 512' });
    expect(update({ Description: 'd'.repeat(4_097) }).contact).toBeUndefined();
  });
});

describe('transitions that are not text', () => {
  it('a NextAction that is an object (an action type validate has no schema for) is no target: the run stops with NoTransition', async () => {
    const { runFlow } = await import('../../src/index.js');
    const { loadedFlow } = await import('../runtime/helpers.js');
    const flow = loadedFlow([
      { Identifier: 'stream', Type: 'UpdateContactMediaStreamingBehavior', Transitions: { NextAction: { toString: 'x' } as unknown as string } },
    ]);
    const result = runFlow(flow, {}, { maxSteps: 10 });
    expect(result.outcome).toBe('Error');
    expect(JSON.stringify(result)).toContain('NoTransition');
  });
});
