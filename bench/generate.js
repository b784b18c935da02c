// `cfsim test --generate`: time to write the cases for every branch of a flow, per flow: the
// reference flows in test/fixtures/reference-flows (the largest first) and a 50-block flow built
// here (target: under 2 s). Each runs in a fresh temporary copy, so nothing is written to the repo.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { main } from '../dist/cli/main.js';

const REFERENCE = 'test/fixtures/reference-flows';

/** 50 actions: a menu, a Compare with two conditions, a Loop, hours, 40 prompts in pairs of branches. */
function fiftyBlocks() {
  const actions = [
    `  - {Identifier: hours, Type: CheckHoursOfOperation, Parameters: {}, Transitions: {Conditions: [{NextAction: menu, Condition: {Operator: Equals, Operands: ["True"]}}, {NextAction: bye, Condition: {Operator: Equals, Operands: ["False"]}}], Errors: [{ErrorType: NoMatchingError, NextAction: bye}]}}`,
    `  - {Identifier: menu, Type: GetParticipantInput, Parameters: {Text: Choose, StoreInput: "False", InputTimeLimitSeconds: "5"}, Transitions: {Conditions: [{NextAction: say-1, Condition: {Operator: Equals, Operands: ["1"]}}, {NextAction: check, Condition: {Operator: Equals, Operands: ["2"]}}], Errors: [{ErrorType: InputTimeLimitExceeded, NextAction: again}, {ErrorType: NoMatchingCondition, NextAction: again}, {ErrorType: NoMatchingError, NextAction: bye}]}}`,
    `  - {Identifier: again, Type: Loop, Parameters: {LoopCount: "2"}, Transitions: {Conditions: [{NextAction: menu, Condition: {Operator: Equals, Operands: [ContinueLooping]}}, {NextAction: bye, Condition: {Operator: Equals, Operands: [DoneLooping]}}]}}`,
    `  - {Identifier: check, Type: Compare, Parameters: {ComparisonValue: $.Attributes.score}, Transitions: {Conditions: [{NextAction: say-21, Condition: {Operator: NumberGreaterThan, Operands: ["10"]}}, {NextAction: say-30, Condition: {Operator: Equals, Operands: ["1"]}}], Errors: [{ErrorType: NoMatchingCondition, NextAction: bye}]}}`,
  ];
  for (let i = 1; i <= 45; i++) {
    const next = i === 20 || i === 45 ? 'bye' : `say-${i + 1}`;
    actions.push(`  - {Identifier: say-${i}, Type: MessageParticipant, Parameters: {Text: "Message ${i}"}, Transitions: {NextAction: ${next}, Errors: [{ErrorType: NoMatchingError, NextAction: bye}]}}`);
  }
  actions.push('  - {Identifier: bye, Type: DisconnectParticipant, Parameters: {}, Transitions: {}}');
  return `Version: "2019-10-30"\nStartAction: hours\nActions:\n${actions.join('\n')}\n`;
}

async function timeGenerate(dir, file) {
  const io = { cwd: dir, stdout: () => {}, stderr: () => {}, color: false, isTTY: false, env: {} };
  const started = performance.now();
  await main(['test', '--generate', file], io);
  return performance.now() - started;
}

export async function runGenerateBench() {
  const dir = mkdtempSync(join(tmpdir(), 'cfsim-bench-generate-'));
  try {
    writeFileSync(join(dir, 'fifty.yaml'), fiftyBlocks());
    const fifty = await timeGenerate(dir, 'fifty.yaml');
    console.log(`generate, 50-block flow: ${fifty.toFixed(0)} ms (target < 2000 ms)`);
    const flows = readdirSync(REFERENCE).filter((name) => name.endsWith('.json')).sort((a, b) => statSync(join(REFERENCE, b)).size - statSync(join(REFERENCE, a)).size).slice(0, 10);
    for (const name of flows) {
      copyFileSync(join(REFERENCE, name), join(dir, name));
      console.log(`generate, ${basename(name).slice(0, 70)}: ${(await timeGenerate(dir, name)).toFixed(0)} ms`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
