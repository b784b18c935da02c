// Values that break naive comparisons are diagnostics, never exceptions (found by the fuzz test).
import { describe, expect, it } from 'vitest';
import { parseFlowText } from '../../src/flow/load.js';
import { validateFlowSource } from '../../src/validate/index.js';

const flowWith = (parameters: object, type = 'GetCustomerProfile') =>
  JSON.stringify({
    Version: '2019-10-30',
    StartAction: 'a',
    Actions: [{ Identifier: 'a', Type: type, Parameters: parameters, Transitions: {} }],
  });

describe('list items with valueOf or toString keys', () => {
  it('ProfileResponseData [{valueOf: 1}, {valueOf: 1}] is FLOW005 at each item, not "a.valueOf is not a function"', async () => {
    const text = flowWith({ ProfileRequestData: { IdentifierName: '_phone', IdentifierValue: '+1' }, ProfileResponseData: [{ valueOf: 1 }, { valueOf: 1 }] });
    const diagnostics = await validateFlowSource(parseFlowText('hostile.json', text));
    expect(diagnostics.filter((d) => /ProfileResponseData\[[01]\]: must be a string/.test(d.message))).toHaveLength(2);
  });

  it('UpdateContactRecordingBehavior RecordedParticipants [{toString: 1}, {toString: 1}] is a diagnostic', async () => {
    const text = flowWith({ RecordingBehavior: { RecordedParticipants: [{ toString: 1 }, { toString: 1 }] } }, 'UpdateContactRecordingBehavior');
    const diagnostics = await validateFlowSource(parseFlowText('hostile.json', text));
    expect(diagnostics.some((d) => d.message.includes('RecordedParticipants[0]'))).toBe(true);
  });
});
