// `cfsim run` with blocks: mocks (a branch chosen by block Identifier; one the block lacks is a
// problem of the mocks file, exit 2), and how the trace shows blocks it did not simulate.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRunText } from '../../src/cli/format/run-text.js';
import { loadStyle } from '../../src/cli/format/style.js';
import { runContact } from '../../src/runtime/run.js';
import { contact, deps, loadedFlow } from '../runtime/helpers.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const greet = ['run', 'flows/greet-caller.yaml', '--profiles', 'flows/profiles.yaml', '--contact', 'flows/contacts/known-caller.yaml'];

function mocksFile(text: string): string {
  const file = join(tempDir('cfsim-blocks-'), 'mocks.yaml');
  writeFileSync(file, text);
  return file;
}

describe('blocks: mocks', () => {
  it('choose a known block\'s error branch by Identifier: the known caller takes NoneFoundError', async () => {
    const result = await runCli([...greet, '--mocks', mocksFile('blocks:\n  get-profile: {branch: NoneFoundError, message: CRM down}\n')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/get-profile +GetCustomerProfile +NoneFoundError → create-profile/);
    expect(result.stdout).toContain('mocked (blocks.get-profile): NoneFoundError: CRM down');
  });

  it('a branch the block does not have, or a block the flow does not have, is an error of the mocks file: file:line:col, fix, exit 2', async () => {
    const file = mocksFile('blocks:\n  get-profile:\n    branch: QueueAtCapacity\n  get-profil: {branch: Success}\n  greet: {condition: "1"}\n');
    const result = await runCli([...greet, '--mocks', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}:3:13`);
    expect(result.stderr).toContain('blocks.get-profile: get-profile (GetCustomerProfile) has no QueueAtCapacity branch');
    expect(result.stderr).toContain('fix: use one of: Success, NoneFoundError, MultipleFoundError, NoMatchingError');
    expect(result.stderr).toContain(`${file}:4:3`);
    expect(result.stderr).toContain('blocks.get-profil: no block of greet-caller has this Identifier');
    expect(result.stderr).toContain('blocks.greet: greet (MessageParticipant) has no Conditions to compare "1" with');
    expect(result.stdout).toBe('');
  });

  it('a mock with both a branch and a condition is refused by the schema', async () => {
    const result = await runCli([...greet, '--mocks', mocksFile('blocks:\n  get-profile: {branch: Success, condition: "1"}\n')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('RUN002');
  });
});

describe('blocks cfsim does not simulate', () => {
  it('are marked "(not simulated)" in the text trace and notSimulated in the result', async () => {
    const flow = loadedFlow([
      { Identifier: 'brew', Type: 'MakeCoffee', Transitions: { NextAction: 'bye' } },
      { Identifier: 'bye', Type: 'DisconnectParticipant' },
    ]);
    const output = runContact(flow, contact(), deps());
    const text = formatRunText(output, { title: 'test', notes: [] }, await loadStyle(false));
    expect(text).toMatch(/1 {2}brew +MakeCoffee +Success → bye \(not simulated\)/);
    expect(text).toContain('not simulated: cfsim does not know action type "MakeCoffee", so it took the success branch');
    const { toRunResult } = await import('../../src/runtime/result.js');
    expect(toRunResult(output).steps[0]).toMatchObject({ identifier: 'brew', notSimulated: true });
  });
});

describe('blocks: mocks in scenario files', () => {
  it('a case chooses a branch; a branch the block lacks is reported at its place in the scenario file', async () => {
    const dir = tempDir('cfsim-blocks-scenario-');
    const file = join(dir, 'greet.test.yaml');
    const flow = join(import.meta.dirname, '..', '..', 'flows', 'greet-caller.yaml');
    writeFileSync(file, [
      `flow: ${JSON.stringify(flow)}`,
      'cases:',
      '  - name: the profile lookup fails',
      '    contact: {CustomerEndpoint: {Address: "+14255550100"}}',
      '    mocks:',
      '      blocks: {get-profile: {branch: NoMatchingError}}',
      '    expect: {branches: {get-profile: NoMatchingError}}',
      '',
    ].join('\n'));
    const passed = await runCli(['test', file]);
    expect(passed.stdout).toContain('1 passed, 0 failed');
    writeFileSync(file, (await import('node:fs')).readFileSync(file, 'utf8').replace('{branch: NoMatchingError}}', '{branch: Timeout}}'));
    const refused = await runCli(['test', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${file}:6:`);
    expect(refused.stderr).toContain('blocks.get-profile: get-profile (GetCustomerProfile) has no Timeout branch');
  });
});
