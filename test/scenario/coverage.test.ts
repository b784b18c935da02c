// Coverage figures on a flow whose answer is known by counting its transitions by hand.
import { describe, expect, it } from 'vitest';
import { parseFlowText, toLoadedFlow } from '../../src/flow/load.js';
import { coverageOf, percent, recordSteps, type CoverageHits } from '../../src/scenario/coverage.js';
import { formatCoverageText, formatPercent } from '../../src/cli/format/test-coverage.js';
import { PLAIN_STYLE } from '../../src/cli/format/style.js';

// 5 blocks, 8 branches: get-profile 3 (Success, NoneFound, MultipleFound), menu 3 (two conditions
// to one target, NoMatchingCondition), greet 1, sales 1; bye has none. One fault branch:
// get-profile's NoMatchingError. Customer Profiles branches: the 4 of get-profile.
const FLOW = `Version: "2019-10-30"
StartAction: get-profile
Actions:
  - Identifier: get-profile
    Type: GetCustomerProfile
    Parameters: {ProfileRequestData: {IdentifierName: _phone, IdentifierValue: $.CustomerEndpoint.Address}, ProfileResponseData: [FirstName]}
    Transitions:
      NextAction: greet
      Errors:
        - {NextAction: menu, ErrorType: NoneFoundError}
        - {NextAction: menu, ErrorType: MultipleFoundError}
        - {NextAction: bye, ErrorType: NoMatchingError}
  - Identifier: greet
    Type: MessageParticipant
    Parameters: {Text: Hello}
    Transitions: {NextAction: menu}
  - Identifier: menu
    Type: GetParticipantInput
    Parameters: {Text: Press 1 or 2, StoreInput: "False", InputTimeLimitSeconds: "5"}
    Transitions:
      Conditions:
        - {NextAction: sales, Condition: {Operator: Equals, Operands: ["1"]}}
        - {NextAction: sales, Condition: {Operator: Equals, Operands: ["2"]}}
      Errors:
        - {NextAction: bye, ErrorType: NoMatchingCondition}
  - Identifier: sales
    Type: MessageParticipant
    Parameters: {Text: Sales}
    Transitions: {NextAction: bye}
  - Identifier: bye
    Type: DisconnectParticipant
    Parameters: {}
    Transitions: {}
`;

const flow = toLoadedFlow(parseFlowText('flows/menu.yaml', FLOW));

describe('coverage', () => {
  it('counts every block and branch, and which ones the runs took', () => {
    const hits: CoverageHits = new Map();
    recordSteps(hits, flow, [
      { identifier: 'get-profile', branch: 'NoneFoundError', next: 'menu' },
      { identifier: 'menu', branch: 'Condition', next: 'sales', condition: 1 },
      { identifier: 'sales', branch: 'Success', next: 'bye' },
      { identifier: 'bye', branch: 'Success', next: null },
    ]);
    recordSteps(hits, flow, [
      { identifier: 'get-profile', branch: 'NoMatchingError', next: 'bye', reason: 'no Throttled branch, so NoMatchingError' },
      { identifier: 'bye', branch: 'Success', next: null },
    ]);
    const report = coverageOf([flow], hits);
    const [menu] = report.flows;
    expect(menu?.blockRatio).toEqual({ covered: 4, total: 5 });
    expect(menu?.branchRatio).toEqual({ covered: 3, total: 8 });
    expect(menu?.faultBranchRatio).toEqual({ covered: 1, total: 1 });
    expect(menu?.profileBranchRatio).toEqual({ covered: 2, total: 4 });
    expect(report.branchRatio).toEqual({ covered: 3, total: 8 });
    expect(percent(report.branchRatio)).toBeCloseTo(37.5, 2);
    const conditions = menu?.blocks.find((block) => block.identifier === 'menu')?.branches;
    // The second condition was taken, not the first, though both go to "sales".
    expect(conditions?.map((branch) => [branch.name, branch.kind, branch.taken])).toEqual([
      ['Equals 1', 'branch', 0],
      ['Equals 2', 'branch', 1],
      ['NoMatchingCondition', 'branch', 0],
    ]);
    expect(menu?.blocks.find((block) => block.identifier === 'greet')).toMatchObject({ visits: 0, line: 13, column: 5 });
  });

  it('prints a table, the total and every branch no case took, at the block line', () => {
    const hits: CoverageHits = new Map();
    recordSteps(hits, flow, [
      { identifier: 'get-profile', branch: 'Success', next: 'greet' },
      { identifier: 'greet', branch: 'Success', next: 'menu' },
      { identifier: 'menu', branch: 'Condition', next: 'sales', condition: 0 },
      { identifier: 'sales', branch: 'Success', next: 'bye' },
      { identifier: 'bye', branch: 'Success', next: null },
    ]);
    const text = formatCoverageText(coverageOf([flow], hits), PLAIN_STYLE);
    expect(text).toContain('  flow                   blocks      branches   fault branches   profile branches\n');
    expect(text).toContain('  flows/menu.yaml   5/5    100%   4/8     50%      0/1      0%        1/4     25%\n');
    expect(text).toContain('  total             5/5    100%   4/8     50%      0/1      0%        1/4     25%\n');
    expect(text).toContain(
      [
        'Branches no case took:',
        '  flows/menu.yaml:4:5  get-profile (GetCustomerProfile)  NoneFoundError → menu',
        '  flows/menu.yaml:4:5  get-profile (GetCustomerProfile)  MultipleFoundError → menu',
        '  flows/menu.yaml:4:5  get-profile (GetCustomerProfile)  NoMatchingError → bye (fault branch)',
        '  flows/menu.yaml:17:5  menu (GetParticipantInput)  Equals 2 → sales',
        '  flows/menu.yaml:17:5  menu (GetParticipantInput)  NoMatchingCondition → bye',
      ].join('\n'),
    );
    const none = formatCoverageText(coverageOf([flow], new Map()), PLAIN_STYLE);
    expect(none).toContain('  flows/menu.yaml:13:5  greet (MessageParticipant)  never reached (1 branch)\n');
    expect(none).toContain('  flows/menu.yaml:30:5  bye (DisconnectParticipant)  never reached\n');
  });

  it('rounds percentages down, so a gap never reads 100%', () => {
    expect(formatPercent(99.96)).toBe('99.9%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
    expect(percent({ covered: 0, total: 0 })).toBe(100);
  });
});
