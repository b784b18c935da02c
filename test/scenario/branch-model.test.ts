// Which branches count, and their names: pinned on a flow with a two-condition Compare, a Loop, a
// DTMF menu and CheckHoursOfOperation, each with the NextAction exports write and cfsim never follows.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const scenario = 'test/scenario/fixtures/branchy/branchy.scenario.yaml';

interface Action {
  readonly identifier: string;
  readonly branches: readonly { readonly name: string; readonly kind: string; readonly taken: number; readonly reason?: string }[];
}

describe('branch model', () => {
  it('names every branch, drops what the runtime cannot take, and hand-written cases reach 100%', async () => {
    const result = await runCli(['test', scenario, '--coverage', '--min-coverage', '100', '--reporter', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.summary).toMatchObject({ passed: 7, failed: 0 });
    expect(json.coverage.branches).toMatchObject({ covered: 12, total: 12, percent: 100 });
    expect(json.coverage.faultBranches).toMatchObject({ covered: 0, total: 2 });
    const actions: Action[] = json.coverage.flows[0].actions;
    const lists = Object.fromEntries(actions.map((action) => [action.identifier, action.branches.map((branch) => `${branch.name}:${branch.kind}`)]));
    expect(lists).toEqual({
      hours: ['Success:unreachable', 'True:branch', 'False:branch', 'NoMatchingError:fault'],
      tier: ['Success:unreachable', 'NumberGreaterThan 10:branch', 'Equals 1:branch', 'NoMatchingCondition:branch'],
      retry: ['Success:unreachable', 'ContinueLooping:branch', 'DoneLooping:branch', 'NoMatchingError:fault'],
      menu: ['Success:unreachable', 'Equals 1:branch', 'Equals 2:branch', 'InputTimeLimitExceeded:branch', 'NoMatchingCondition:branch', 'NoMatchingError:branch'],
      closed: [],
    });
    const compare = actions.find((action) => action.identifier === 'tier')?.branches[0];
    expect(compare?.reason).toBe('Compare routes by its conditions: the runtime never follows its NextAction');
  });
});

describe('branch names in expectations', () => {
  it('a branch the block cannot take is an error of the scenario file (TEST005), with the reason or a did-you-mean', async () => {
    const result = await runCli(['test', 'test/scenario/fixtures/branchy/bad-branch.scenario.yaml']);
    expect(result.code).toBe(2);
    const file = 'test/scenario/fixtures/branchy/bad-branch.scenario.yaml';
    expect(result.stderr).toContain(`${file}:5:25  error    TEST005  cases[0].expect.branches.tier: tier (Compare) cannot take the branch "Success": Compare routes by its conditions`);
    expect(result.stderr).toContain(`${file}:5:41  error    TEST005  cases[0].expect.branches.hours: hours (CheckHoursOfOperation) cannot take the branch "Ture"; did you mean "True"?`);
    expect(result.stderr).toContain('    fix: use one of: True, False, NoMatchingError');
    expect(result.stderr).toContain(`${file}:5:56  error    TEST005  cases[0].expect.branches.menu[0]: menu (GetParticipantInput) cannot take the branch "NoMatch"`);
    expect(result.stderr).toContain(`${file}:5:83  error    TEST005  cases[0].expect.branches.retry: retry (Loop) cannot take the branch "NoneFound"`);
  });
});

describe('branch model rules', () => {
  it('a condition no result satisfies, a repeated condition, and a StoreInput menu', async () => {
    const { parseFlowText, toLoadedFlow } = await import('../../src/flow/load.js');
    const { branchModel } = await import('../../src/scenario/branch-model.js');
    const flow = toLoadedFlow(parseFlowText('flows/rules.yaml', `Version: "2019-10-30"
StartAction: menu
Actions:
  - Identifier: menu
    Type: GetParticipantInput
    Parameters: {Text: Press, StoreInput: "False"}
    Transitions:
      NextAction: bye
      Conditions:
        - {NextAction: bye, Condition: {Operator: Equals, Operands: ["1"]}}
        - {NextAction: bye, Condition: {Operator: Equals, Operands: ["12"]}}
        - {NextAction: bye, Condition: {Operator: Equals, Operands: ["1"]}}
      Errors: [{ErrorType: NoMatchingCondition, NextAction: bye}]
  - Identifier: stored
    Type: GetParticipantInput
    Parameters: {Text: Key in, StoreInput: "True"}
    Transitions: {NextAction: bye, Errors: [{ErrorType: NoMatchingError, NextAction: bye}]}
  - {Identifier: bye, Type: DisconnectParticipant, Parameters: {}, Transitions: {}}
`));
    const model = (id: string) => branchModel(flow.actionsById.get(id)!).map((branch) => [branch.name, branch.kind, branch.reason ?? '']);
    expect(model('menu')).toEqual([
      ['Success', 'unreachable', 'GetParticipantInput routes by its conditions: the runtime never follows its NextAction'],
      ['Equals 1 (condition 1)', 'branch', ''],
      ['Equals 12', 'unreachable', 'no result the block gives (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, *, #) satisfies it'],
      ['Equals 1 (condition 3)', 'unreachable', 'condition 1 is the same and is tested first'],
      ['NoMatchingCondition', 'branch', ''],
    ]);
    // StoreInput True: the digits are stored and the NextAction is taken.
    expect(model('stored').map(([name, kind]) => `${name}:${kind}`)).toEqual(['Success:branch', 'NoMatchingError:branch']);
  });
});
