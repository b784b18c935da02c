// `cfsim run`: in process for output and exit codes, and as a real process (the built binary).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { runCli, runProcess } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const greet = ['run', 'flows/greet-caller.yaml', '--profiles', 'flows/profiles.yaml', '--contact'];

describe('cfsim run', () => {
  it('prints one line per block with the branch and why, the prompts, $.Customer, and how it ended', async () => {
    const result = await runCli([...greet, 'flows/contacts/known-caller.yaml']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 {2}get-profile +GetCustomerProfile +Success → greet/);
    expect(result.stdout).toContain('profile 0d4c5e9f6a7b48c1a2b3c4d5e6f70001 has _phone = +14255550100');
    expect(result.stdout).toContain('$.Customer.FirstName = "Jane"');
    expect(result.stdout).toContain('▶ "Hello Jane, thanks for calling."');
    expect(result.stdout).toContain('Transferred to queue Priority support after 6 steps');
  });

  it('reads national phone numbers in the profiles file\'s region: a UK caller finds "020 7946 0018"', async () => {
    const dir = tempDir('cfsim-region-');
    const contact = join(dir, 'uk-caller.yaml');
    writeFileSync(contact, 'CustomerEndpoint: {Address: "+442079460018", Type: TELEPHONE_NUMBER}\n');
    const profiles = (region: string) => {
      const file = join(dir, `profiles-${region}.yaml`);
      writeFileSync(file, `region: ${region}\nprofiles:\n  - {FirstName: Olivia, PhoneNumber: "020 7946 0018"}\n`);
      return file;
    };
    const inGB = await runCli(['run', 'flows/greet-caller.yaml', '--profiles', profiles('GB'), '--contact', contact]);
    expect(inGB.stdout).toMatch(/get-profile +GetCustomerProfile +Success/);
    expect(inGB.stdout).toContain('$.Customer.FirstName = "Olivia"');
    // Read as a US number, the same digits are another number
    const inUS = await runCli(['run', 'flows/greet-caller.yaml', '--profiles', profiles('US'), '--contact', contact]);
    expect(inUS.stdout).toMatch(/get-profile +GetCustomerProfile +NoneFoundError/);
    // A region libphonenumber does not know is a bad input, at its place
    const bad = await runCli(['run', 'flows/greet-caller.yaml', '--profiles', profiles('XX'), '--contact', contact]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/profiles-XX\.yaml:1:9 .*region XX is not a country/);
  });

  it('shows NoneFoundError with its reason', async () => {
    const result = await runCli([...greet, 'flows/contacts/unknown-caller.yaml']);
    expect(result.stdout).toMatch(/get-profile +GetCustomerProfile +NoneFoundError → create-profile/);
    expect(result.stdout).toContain('NoneFoundError: no profile has _phone = +14255550123');
    expect(result.code).toBe(0);
  });

  it('--json prints the contract: outcome, queue, steps, prompts, attributes, customer, seed', async () => {
    const result = await runCli([...greet, 'flows/contacts/shared-phone.yaml', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['outcome', 'queue', 'steps', 'prompts', 'attributes', 'customer', 'seed']);
    expect(json.outcome).toBe('Transferred');
    expect(json.queue).toBe('Priority support');
    expect(json.steps[0]).toEqual({
      identifier: 'get-profile', type: 'GetCustomerProfile', branch: 'MultipleFoundError', next: 'shared-number',
      reason: 'MultipleFoundError: more than one profile has _phone = +14255550199',
    });
    expect(json.steps.at(-1)).toMatchObject({ identifier: 'transfer', branch: 'Success', next: null });
    expect(json.prompts).toEqual(['Several customers share this number. Let me find an agent for you.']);
  });

  it('exits 1 with the error naming the block when a run stops', async () => {
    const dir = 'test/golden/error-without-transition';
    const result = await runCli(['run', `${dir}/flow.yaml`, '--contact', `${dir}/contact.yaml`, '--profiles', `${dir}/profiles.yaml`, '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).error).toEqual({
      code: 'NoTransition', identifier: 'get-profile',
      message: `get-profile (GetCustomerProfile) at ${dir}/flow.yaml:6:5 took NoneFoundError but has no NoneFoundError or NoMatchingError transition`,
    });
  });

  it('stops a looping flow at --max-steps and exits 1', async () => {
    const result = await runCli(['run', 'test/golden/step-limit/flow.yaml', '--max-steps', '4']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Error after 4 steps: StepLimit: stopped after 4 steps, before ping');
  });

  it('exits 2 with file:line:col, code and fix for a bad contact file', async () => {
    const dir = tempDir('cfsim-run-');
    writeFileSync(join(dir, 'contact.yaml'), 'Channel: PHONE\nCustomerEndpoint:\n  Adress: "+14255550100"\n');
    const result = await runCli(['run', join(process.cwd(), 'flows/greet-caller.yaml'), '--contact', 'contact.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('contact.yaml:1:10  error  RUN001  Channel: "PHONE" is not valid');
    expect(result.stderr).toContain('contact.yaml:3:3  error  RUN001  CustomerEndpoint: unknown key "Adress"; did you mean "Address"?');
    expect(result.stderr).toContain('fix: rename "Adress" to "Address"');
  });

  it('exits 1 with the flow\'s diagnostics when the flow is invalid, and 2 when an input file is missing too', async () => {
    const dir = tempDir('cfsim-run-');
    writeFileSync(join(dir, 'flow.yaml'), 'Version: "2019-10-30"\nStartAction: nowhere\nActions: []\n');
    const invalid = await runCli(['run', 'flow.yaml'], { cwd: dir });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/flow\.yaml:2:14 {2}error {2}GRAPH001/);
    const missing = await runCli(['run', 'flow.yaml', '--contact', 'nope.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/flow\.yaml:2:14 {2}error {2}GRAPH001/);
    expect(missing.stderr).toContain('nope.yaml:1:1  error  RUN001  cannot read the contact file nope.yaml: no such file\n    fix: check the path');
  });

  it('reports an unreadable contact, mocks or flows map file as the profiles file: file:line:col, code, message and fix', async () => {
    const result = await runCli(['run', 'flows/greet-caller.yaml', '--contact', 'no-contact.yaml', '--mocks', 'no-mocks.yaml', '--flows', 'no-map.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe([
      'no-contact.yaml:1:1  error  RUN001  cannot read the contact file no-contact.yaml: no such file',
      '    fix: check the path',
      'no-mocks.yaml:1:1  error  RUN002  cannot read the mocks file no-mocks.yaml: no such file',
      '    fix: check the path',
      'no-map.yaml:1:1  error  RUN003  cannot read the flows map no-map.yaml: no such file',
      '    fix: check the path',
      '',
    ].join('\n'));
    const profiles = await runCli(['run', 'flows/greet-caller.yaml', '--profiles', 'no-profiles.yaml']);
    expect(profiles.stderr).toMatch(/^no-profiles\.yaml:1:1 {2}error {2}RUN004 {2}cannot read the profiles file no-profiles\.yaml: no such file\n {4}fix: /);
  });

  it('gives every input problem a fix: a wrong type, a value outside a list, a pattern', async () => {
    const dir = tempDir('cfsim-run-');
    writeFileSync(join(dir, 'contact.yaml'), 'Channel: PHONE\nInputs: 1001\nAwsRegion: nowhere\n');
    writeFileSync(join(dir, 'profiles.yaml'), 'profiles:\n  - FirstName: 5\n');
    const contact = await runCli(['run', join(process.cwd(), 'flows/greet-caller.yaml'), '--contact', 'contact.yaml'], { cwd: dir });
    expect(contact.stderr).toContain('contact.yaml:1:10  error  RUN001  Channel: "PHONE" is not valid; expected one of: VOICE, CHAT, TASK\n    fix: use VOICE, CHAT or TASK');
    expect(contact.stderr).toContain('contact.yaml:2:9  error  RUN001  Inputs: must be an array, not a number\n    fix: give Inputs as a list: [ first, second ], or one "- item" line each');
    expect(contact.stderr).toContain('AwsRegion: must match pattern "^[a-z]{2}(-[a-z]+)+-\\d$"\n    fix: see schemas/contact.schema.json for what AwsRegion takes');
    const profiles = await runCli(['run', join(process.cwd(), 'flows/greet-caller.yaml'), '--profiles', 'profiles.yaml'], { cwd: dir });
    expect(profiles.stderr).toContain('RUN004  profiles[0].FirstName: must be a string, not a number\n    fix: give profiles[0].FirstName as text, in quotes if it looks like a number: "1001"');
    for (const result of [contact, profiles]) {
      expect(result.code).toBe(2);
      expect(result.stderr.split('\n').filter((line) => line.includes('  error  ')).length).toBe(result.stderr.split('\n').filter((line) => line.startsWith('    fix: ')).length);
    }
  });

  it('says so in the header when there are no profiles, before a known caller finds none', async () => {
    const empty = await runCli(['run', 'flows/greet-caller.yaml', '--contact', 'flows/contacts/known-caller.yaml']);
    expect(empty.stdout.split('\n').slice(0, 2)).toEqual([
      'flows/greet-caller.yaml: VOICE +14255550100 (flows/contacts/known-caller.yaml)',
      'profiles: none (empty store; give --profiles or --store)',
    ]);
    const seeded = await runCli([...greet, 'flows/contacts/known-caller.yaml']);
    expect(seeded.stdout).not.toContain('profiles: none');
  });

  it('refuses a --max-steps above the cap (each step\'s trace stays in memory) with exit 2', async () => {
    // One over the cap: were the cap gone, this would still end (unlike 1e9, which fills the memory).
    const result = await runCli(['run', 'test/golden/step-limit/flow.yaml', '--max-steps', '100001']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('give a whole number from 1 to 100000');
    expect(result.stdout).toBe('');
    const atCap = await runCli(['run', 'test/golden/step-limit/flow.yaml', '--max-steps', '100000', '--json']);
    expect(atCap.code).toBe(1);
    expect(JSON.parse(atCap.stdout).steps).toHaveLength(100000);
  });

  it('stores the digits before the # key: the account caller who ends with # is found', async () => {
    const dir = tempDir('cfsim-run-');
    writeFileSync(join(dir, 'contact.yaml'), 'CustomerEndpoint: { Address: "+14255550100" }\nInputs: ["1001#"]\n');
    const result = await runCli(['run', 'flows/search-criteria.yaml', '--profiles', 'flows/profiles.yaml', '--contact', join(dir, 'contact.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('stored "1001" (input ended at "#")');
    expect(result.stdout).toMatch(/find-account +GetCustomerProfile +Success/);
  });

  it('keeps profiles in a --store file between runs: the second unknown call finds the profile the first created', async () => {
    const dir = tempDir('cfsim-store-');
    const args = ['run', 'flows/greet-caller.yaml', '--contact', 'flows/contacts/unknown-caller.yaml', '--profiles', 'flows/profiles.yaml', '--store', join(dir, 'profiles.db'), '--json'];
    const first = JSON.parse((await runCli(args)).stdout);
    const second = JSON.parse((await runCli(args)).stdout);
    expect(first.steps[0].branch).toBe('NoneFoundError');
    expect(second.steps[0].branch).toBe('Success');
    expect(second.customer.ProfileId).toBe(first.customer.ProfileId);
  });

  it('exits 2 with the fix when another cfsim holds the --store file for writing (an import) past the busy timeout', async () => {
    // Given a store that another connection keeps in a write transaction
    const file = join(tempDir('cfsim-store-'), 'profiles.db');
    openSqliteStore({ file }).close();
    const importing = new Database(file);
    importing.exec('BEGIN IMMEDIATE');
    try {
      // When an unknown caller's run must create a profile in it
      const result = await runCli(['run', 'flows/greet-caller.yaml', '--contact', 'flows/contacts/unknown-caller.yaml', '--store', file]);
      // Then it waits the busy timeout, then says so, with the fix
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `cfsim: --store ${file}: the store is busy: another cfsim is writing to it\n  fix: try again when the other command has finished (an import is one transaction)\n`,
      });
    } finally {
      importing.close();
    }
  }, 20_000);

  it('exits 2 for a bad profiles fixture, pointing at the profile', async () => {
    const dir = tempDir('cfsim-run-');
    writeFileSync(join(dir, 'profiles.yaml'), 'profiles:\n  - FirstName: Jane\n    PhoneNumbr: "+14255550100"\n');
    const result = await runCli(['run', join(process.cwd(), 'flows/greet-caller.yaml'), '--profiles', 'profiles.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/profiles\.yaml:3:5 {2}error {2}RUN004 {2}.*PhoneNumbr/);
  });

  it('runs as a process: exit codes and output from the built binary', () => {
    const ok = runProcess([...greet, 'flows/contacts/known-caller.yaml', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).customer.FirstName).toBe('Jane');
    const failed = runProcess(['run', 'test/golden/step-limit/flow.yaml', '--max-steps', '3']);
    expect(failed.code).toBe(1);
    const bad = runProcess(['run', 'flows/greet-caller.yaml', '--contact', 'flows/profiles.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('RUN001');
  });
});
