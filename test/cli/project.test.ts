// Projects (docs/projects.md): cfsim.yaml found by walking up, used by validate, run and test
// without options, its cross-file checks, and `cfsim init` on a folder of real exported flows.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'project');

/** A copy of the test project (a main flow, two modules, a transfer target), in its own repository. */
function copyProject(): string {
  const dir = join(tempDir('cfsim-project-'), 'repo');
  cpSync(FIXTURE, dir, { recursive: true });
  mkdirSync(join(dir, '.git'));
  return dir;
}

describe('a project (cfsim.yaml)', () => {
  it('validate at the project root fails naming the module no file provides, at the reference', async () => {
    const dir = copyProject();
    rmSync(join(dir, 'modules', 'order-lookup.json'));
    const result = await runCli(['validate'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('flows/main.yaml:25:33  error    PROJ003  order: InvokeFlowModule names the module arn:aws:connect:us-east-1:111122223333:instance/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee/flow-module/order-lookup-id, which no file of the project provides');
    expect(result.stdout).toContain('fix: add the module\'s file to the project (modules: in cfsim.yaml)');
    const json = JSON.parse((await runCli(['validate', '--format', 'json'], { cwd: dir })).stdout);
    const codes = json.files.flatMap((file: { diagnostics: { code: string }[] }) => file.diagnostics.map((diagnostic) => diagnostic.code));
    expect(codes).toEqual(['PROJ003']);
  });

  it('validate finds the project from a folder below it, and with every file present is valid', async () => {
    const dir = copyProject();
    const result = await runCli(['validate'], { cwd: join(dir, 'flows') });
    expect(result.stdout).toBe('✔ valid in 4 flow files\n');
    expect(result.code).toBe(0);
    // A transfer target that is missing is an error too.
    rmSync(join(dir, 'flows', 'queue-flow.yaml'));
    const missing = await runCli(['validate'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/flows\/main\.yaml:\d+:\d+ +error +PROJ003 +to-queue: TransferToFlow names the flow arn:aws:connect:.*queue-flow-id, which no file of the project provides/);
  });

  it('test at the project root runs every scenario with no options (mocks, profiles and modules from cfsim.yaml)', async () => {
    const dir = copyProject();
    const result = await runCli(['test'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('2 passed, 0 failed');
    expect(result.code).toBe(0);
  });

  it('run uses the project\'s contact, mocks and profiles; an option on the command line overrides them', async () => {
    const dir = copyProject();
    const result = await runCli(['run', 'flows/main.yaml', '--json'], { cwd: dir });
    expect(result.code).toBe(0);
    const run = JSON.parse(result.stdout);
    expect(run.prompts).toEqual(['Hello Jane.', 'Your order is shipped.']);
    expect(run.outcome).toBe('Disconnected');
    writeFileSync(join(dir, 'other-mocks.yaml'), 'lambda:\n  order-status: { External: { status: delayed } }\n');
    const overridden = JSON.parse((await runCli(['run', 'flows/main.yaml', '--json', '--mocks', 'other-mocks.yaml'], { cwd: dir })).stdout);
    expect(overridden.prompts).toEqual(['Hello Jane.', 'Your order is delayed.']);
  });

  it('the project\'s maxSteps applies unless --max-steps is given', async () => {
    const dir = copyProject();
    writeFileSync(join(dir, 'cfsim.yaml'), readFileSync(join(dir, 'cfsim.yaml'), 'utf8').replace('maxSteps: 200', 'maxSteps: 3'));
    const limited = JSON.parse((await runCli(['run', 'flows/main.yaml', '--json'], { cwd: dir })).stdout);
    expect(limited.error.code).toBe('StepLimit');
    const given = JSON.parse((await runCli(['run', 'flows/main.yaml', '--json', '--max-steps', '50'], { cwd: dir })).stdout);
    expect(given.outcome).toBe('Disconnected');
  });

  it('an invalid project file stops every command with its place and fix (exit 2)', async () => {
    const dir = copyProject();
    writeFileSync(join(dir, 'cfsim.yaml'), 'flows: [flows/*.yaml]\nmokcs: mocks.yaml\n');
    const result = await runCli(['validate'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cfsim.yaml:2:1  PROJ001');
    expect(result.stderr).toContain('fix:');
  });

  it('without a project file, behaviour is as before: a missing module is no error', async () => {
    const dir = copyProject();
    rmSync(join(dir, 'cfsim.yaml'));
    rmSync(join(dir, 'modules', 'order-lookup.json'));
    const result = await runCli(['validate', 'flows'], { cwd: dir });
    expect(result.code).toBe(0);
  });

  it('warns when an InvokeFlowModule gives an input the module does not declare', async () => {
    const dir = copyProject();
    const main = join(dir, 'flows', 'main.yaml');
    writeFileSync(main, readFileSync(main, 'utf8').replace('Parameters: { FlowModuleId: greeting }', 'Parameters: { FlowModuleId: greeting, language: en }'));
    const result = await runCli(['validate'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/flows\/main\.yaml:\d+:\d+ +warning +PROJ004 +greet: the module greeting \(modules\/greeting\.yaml\) has no input named language; it declares no inputs/);
  });
});

describe('cfsim init', () => {
  it('turns a copy of the reference flows into a project that validates and whose scenarios pass', async () => {
    const dir = join(tempDir('cfsim-init-'), 'flows');
    cpSync(join(ROOT, 'test', 'fixtures', 'reference-flows'), dir, { recursive: true });
    mkdirSync(join(dir, '.git'));
    const init = await runCli(['init'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('wrote cfsim.yaml\n');
    expect(init.stdout).toContain('wrote contact.yaml\n');
    const project = readFileSync(join(dir, 'cfsim.yaml'), 'utf8');
    expect(project).toContain('modules:');
    // A saved draft (GRAPH001) is left out, so that the project validates.
    expect(project).toContain('# left out (cfsim validate reports errors in it): sophyphile__');
    const validate = await runCli(['validate'], { cwd: dir });
    expect(validate.stdout).not.toContain(' error ');
    expect(validate.code).toBe(0);
    const test = await runCli(['test'], { cwd: dir });
    expect(test.stdout).toMatch(/\n(\d+) passed, 0 failed\n$/);
    expect(test.code).toBe(0);
  }, 120_000);

  it('maps a wrapped export\'s own ARN to its file, and lists references no file provides as external', async () => {
    const dir = join(tempDir('cfsim-init-'), 'flows');
    cpSync(join(FIXTURE, 'flows'), join(dir, 'flows'), { recursive: true });
    cpSync(join(FIXTURE, 'modules'), join(dir, 'modules'), { recursive: true });
    expect((await runCli(['init', dir])).code).toBe(0);
    const project = readFileSync(join(dir, 'cfsim.yaml'), 'utf8');
    expect(project).toContain('arn:aws:connect:us-east-1:111122223333:instance/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee/flow-module/order-lookup-id: modules/order-lookup.json');
    expect(project).toMatch(/external:\n  - arn:aws:connect:[^\n]+contact-flow\/queue-flow-id\n/);
    expect(project).toContain('modules:\n  - modules/greeting.yaml\n  - modules/order-lookup.json\n');
    const scenario = readFileSync(join(dir, 'tests', 'main.test.yaml'), 'utf8');
    expect(scenario).toContain('flow: ../flows/main.yaml');
    expect(scenario).toContain('outcome: Transferred');
    const test = await runCli(['test'], { cwd: dir });
    expect(test.stdout).toContain('2 passed, 0 failed');
  });

  it('never overwrites a file: an existing cfsim.yaml stops it, an existing scenario is left as it is', async () => {
    const dir = join(tempDir('cfsim-init-'), 'flows');
    mkdirSync(join(dir, 'tests'), { recursive: true });
    cpSync(join(FIXTURE, 'flows', 'queue-flow.yaml'), join(dir, 'queue-flow.yaml'));
    writeFileSync(join(dir, 'tests', 'queue-flow.test.yaml'), 'mine\n');
    const first = await runCli(['init', dir]);
    expect(first.code).toBe(2);
    expect(first.stderr).toContain('queue-flow.test.yaml exists; not overwritten');
    expect(readFileSync(join(dir, 'tests', 'queue-flow.test.yaml'), 'utf8')).toBe('mine\n');
    expect(existsSync(join(dir, 'cfsim.yaml'))).toBe(true);
    const again = await runCli(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('is a project already');
  });
});
