// `cfsim test` through the CLI: the repository's own scenarios, exit codes, reporters, --output,
// discovery below the current directory, and the built binary once.
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, runProcess } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { parseXml } from '../scenario/xml.js';

const fixtures = 'test/scenario/fixtures';
const lastLine = (text: string): string => text.trimEnd().split('\n').pop() ?? '';

describe('cfsim test', () => {
  it('passes the scenarios of the example flows, with every Customer Profiles branch covered', async () => {
    const result = await runCli(['test', 'tests/', '--coverage']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(lastLine(result.stdout)).toMatch(/^\d+ passed, 0 failed$/);
    const json = JSON.parse((await runCli(['test', 'tests/', '--coverage', '--reporter', 'json'])).stdout);
    const flows = json.coverage.flows.map((flow: { file: string; profileBranches: { percent: number } }) => [flow.file, flow.profileBranches.percent]);
    expect(flows).toEqual([
      ['flows/chat-by-email.yaml', 100],
      ['flows/greet-caller.yaml', 100],
      ['flows/search-criteria.yaml', 100],
    ]);
  });

  it('exits 1 when a case fails, and shows expected, actual and where the run left the path', async () => {
    const result = await runCli(['test', `${fixtures}/mixed.scenario.yaml`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`  ✖ every expectation fails ${fixtures}/mixed.scenario.yaml:25:5\n`);
    expect(result.stdout).toContain('      branches.get-profile: expected NoneFoundError, got Success\n');
    expect(result.stdout).toContain('      left the expected path at step 1: get-profile took Success → greet');
    expect(result.stdout).toContain(`      ⚠ the run never reaches mocks.lambda["never-called"] ${fixtures}/mixed.scenario.yaml:28\n`);
    expect(lastLine(result.stdout)).toBe('1 passed, 1 failed, 1 skipped');
  });

  it('runs each case on a fresh copy of the profiles', async () => {
    const result = await runCli(['test', `${fixtures}/isolation.scenario.yaml`]);
    expect(result.code).toBe(0);
    expect(lastLine(result.stdout)).toBe('2 passed, 0 failed');
  });

  it('exits 2 on a bad scenario file or a bad file it names, with file:line:col, before running anything', async () => {
    const result = await runCli(['test', `${fixtures}/bad-schema.scenario.yaml`, `${fixtures}/isolation.scenario.yaml`]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${fixtures}/bad-schema.scenario.yaml:4:5  error    TEST001  cases[0]: unknown key "expects"; did you mean "expect"?`);
    expect(result.stderr).toContain(`${fixtures}/bad-schema.scenario.yaml:6:24  error    TEST001  cases[1].expect.outcome: "Disconected" is not valid; did you mean "Disconnected"?`);
    const missing = await runCli(['test', `${fixtures}/bad-reference.scenario.yaml`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`${fixtures}/bad-reference.scenario.yaml:1:7  error    TEST003  cannot read the flow file flows/no-such-flow.yaml: no such file`);
    const invalid = await runCli(['test', `${fixtures}/bad-flow.scenario.yaml`]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain(`${fixtures}/bad-flow.scenario.yaml:2:7  error    TEST003  flow: ${fixtures}/invalid-flow.yaml has 1 error, so no case of this file can run`);
    expect(invalid.stderr).toContain(`${fixtures}/invalid-flow.yaml:3:14  error    GRAPH001`);
  });

  it('reports every problem of a scenario file in one run: schema, case names and the files it names', async () => {
    const result = await runCli(['test', `${fixtures}/many-problems.scenario.yaml`, `${fixtures}/bad-files.scenario.yaml`]);
    expect(result.code).toBe(2);
    const problems = result.stderr.split('\n').filter((line) => / {2}error {3}/.test(line)).map((line) => line.split(/ {2,}/).slice(0, 3).join(' '));
    expect(problems).toEqual([
      `${fixtures}/many-problems.scenario.yaml:7:5 error TEST001`,
      `${fixtures}/many-problems.scenario.yaml:8:11 error TEST002`,
      `${fixtures}/many-problems.scenario.yaml:4:11 error TEST003`,
      `${fixtures}/no-such-profiles.yaml:1:1 error RUN004`,
      `${fixtures}/bad-files.scenario.yaml:7:11 error TEST002`,
      `${fixtures}/bad-files.scenario.yaml:2:7 error TEST003`,
      `${fixtures}/invalid-flow.yaml:3:14 error GRAPH001`,
      `${fixtures}/bad-files.scenario.yaml:3:11 error TEST003`,
      `${fixtures}/no-such-profiles.yaml:1:1 error RUN004`,
      `${fixtures}/bad-files.scenario.yaml:4:8 error TEST003`,
    ]);
    expect(result.stderr).toContain(`TEST003  cannot read the mocks file ${fixtures}/no-such-mocks.yaml: no such file`);
  });

  it('warns about a block identifier the flow does not have, without a "valid" verdict before the cases run', async () => {
    const result = await runCli(['test', `${fixtures}/unknown-block.scenario.yaml`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('warning  TEST004  cases[0].expect.branches.get-profil: no block "get-profil" in flows/greet-caller.yaml; did you mean "get-profile"?');
    expect(result.stderr).not.toContain('valid');
    expect(lastLine(result.stderr)).toBe('1 warning in 1 scenario file');
  });

  it('exits 2 when no scenario file is found', async () => {
    const empty = tempDir('cfsim-test-');
    const result = await runCli(['test'], { cwd: empty });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no scenario files (*.test.yaml) found in .');
  });

  it('finds *.test.yaml below the current directory, but not in node_modules', async () => {
    const dir = tempDir('cfsim-test-');
    cpSync(join(ROOT, 'flows'), join(dir, 'flows'), { recursive: true });
    mkdirSync(join(dir, 'checks', 'deep'), { recursive: true });
    mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
    const scenario = (flow: string) => `flow: ${flow}\nprofiles: ${flow.replace('greet-caller', 'profiles')}\ncases:\n  - name: runs\n    contact: {CustomerEndpoint: {Address: "+14255550123"}}\n`;
    writeFileSync(join(dir, 'checks', 'deep', 'greet.test.yaml'), scenario('../../flows/greet-caller.yaml'));
    writeFileSync(join(dir, 'node_modules', 'pkg', 'broken.test.yaml'), 'not: [a scenario');
    const result = await runCli(['test'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('checks/deep/greet.test.yaml → flows/greet-caller.yaml');
    expect(result.stdout).not.toContain('node_modules');
  });

  it('fails below --min-coverage, and says so before the summary', async () => {
    const result = await runCli(['test', `${fixtures}/isolation.scenario.yaml`, '--min-coverage', '90']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✖ branch coverage \d+(\.\d)?% is below --min-coverage 90\n\n2 passed, 0 failed\n$/);
    expect((await runCli(['test', `${fixtures}/isolation.scenario.yaml`, '--min-coverage', '5'])).code).toBe(0);
    expect((await runCli(['test', `${fixtures}/isolation.scenario.yaml`, '--min-coverage', 'lots'])).code).toBe(2);
  });

  it('fails a --min-coverage shortfall in every report CI reads: JUnit, JSON, GitHub annotations', async () => {
    const dir = tempDir('cfsim-junit-');
    const below = ['test', `${fixtures}/isolation.scenario.yaml`, '--min-coverage', '90'];
    const junit = await runCli([...below, '--reporter', 'junit', '--output', join(dir, 'below.xml')]);
    expect(junit.code).toBe(1);
    const root = parseXml(readFileSync(join(dir, 'below.xml'), 'utf8'));
    expect(root.attributes).toMatchObject({ tests: '3', failures: '1' });
    const coverage = root.children.find((child) => child.attributes.name === 'coverage');
    expect(coverage?.attributes).toMatchObject({ tests: '1', failures: '1' });
    const testcase = coverage?.children.find((child) => child.name === 'testcase');
    expect(testcase?.attributes.name).toBe('branch coverage ≥ 90%');
    const failure = testcase?.children[0];
    expect(failure?.attributes.message).toMatch(/^branch coverage \d+(\.\d)?% is below --min-coverage 90$/);
    expect(failure?.text).toMatch(/^flows\/greet-caller\.yaml +\d+\/\d+ +\d+(\.\d)?%$/m);

    const json = JSON.parse((await runCli([...below, '--reporter', 'json'])).stdout);
    expect(json.passed).toBe(false);
    expect(json.summary.failed).toBe(0);
    expect(json.coverage).toMatchObject({ minCoverage: 90, meetsMinimum: false });
    const github = await runCli([...below, '--reporter', 'github']);
    expect(github.stdout).toMatch(/^::error file=flows\/greet-caller.yaml,line=1,title=cfsim coverage::branch coverage \d+(\.\d)?%25 is below --min-coverage 90/m);

    await runCli(['test', `${fixtures}/isolation.scenario.yaml`, '--min-coverage', '5', '--reporter', 'junit', '--output', join(dir, 'met.xml')]);
    const met = parseXml(readFileSync(join(dir, 'met.xml'), 'utf8'));
    expect(met.attributes).toMatchObject({ tests: '3', failures: '0' });
    const passing = met.children.find((child) => child.attributes.name === 'coverage')?.children.find((child) => child.name === 'testcase');
    expect(passing?.attributes.name).toBe('branch coverage ≥ 5%');
    expect(passing?.children).toEqual([]);
  });

  it('writes a JUnit report with --output, through a temporary file, and prints the text report', async () => {
    const dir = tempDir('cfsim-junit-');
    const file = join(dir, 'reports', 'cfsim.xml');
    const result = await runCli(['test', `${fixtures}/mixed.scenario.yaml`, `${fixtures}/isolation.scenario.yaml`, '--reporter', 'junit', '--output', file]);
    expect(result.code).toBe(1);
    expect(lastLine(result.stdout)).toBe('3 passed, 1 failed, 1 skipped');
    expect(readdirSync(join(dir, 'reports'))).toEqual(['cfsim.xml']);
    const root = parseXml(readFileSync(file, 'utf8'));
    expect(root.attributes).toMatchObject({ tests: '5', failures: '1', skipped: '1' });
    const suites = root.children.filter((child) => child.name === 'testsuite');
    expect(suites.map((suite) => [suite.attributes.name, suite.attributes.tests, suite.attributes.failures])).toEqual([
      [`${fixtures}/mixed.scenario.yaml`, '3', '1'],
      [`${fixtures}/isolation.scenario.yaml`, '2', '0'],
    ]);
  });

  it('still writes the --output report when a scenario file is bad: JUnit with an error per file', async () => {
    const dir = tempDir('cfsim-junit-');
    const file = join(dir, 'reports', 'cfsim.xml');
    const result = await runCli(['test', `${fixtures}/bad-schema.scenario.yaml`, `${fixtures}/isolation.scenario.yaml`, '--reporter', 'junit', '--output', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${fixtures}/bad-schema.scenario.yaml:4:5`);
    const root = parseXml(readFileSync(file, 'utf8'));
    expect(root.attributes).toMatchObject({ tests: '1', failures: '0', errors: '1' });
    const [suite, ...others] = root.children.filter((child) => child.name === 'testsuite');
    expect(others).toEqual([]);
    expect(suite?.attributes.name).toBe(`${fixtures}/bad-schema.scenario.yaml`);
    const error = suite?.children[0]?.children[0];
    expect(error?.name).toBe('error');
    expect(error?.attributes.type).toBe('TEST001');
    expect(error?.text).toContain(`${fixtures}/bad-schema.scenario.yaml:4:5 TEST001`);
  });

  it('exits 2 when --output goes through a file, naming it, and leaves nothing behind', async () => {
    const dir = tempDir('cfsim-junit-');
    writeFileSync(join(dir, 'report.yaml'), 'keep: me\n');
    const file = join(dir, 'report.yaml', 'deeper', 'cfsim.xml');
    const result = await runCli(['test', `${fixtures}/isolation.scenario.yaml`, '--reporter', 'junit', '--output', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`cfsim: cannot write ${file}: not a directory\n  fix: ${join(dir, 'report.yaml')} is a file: give --output a path below a directory\n`);
    expect(readdirSync(dir)).toEqual(['report.yaml']);
    expect(readFileSync(join(dir, 'report.yaml'), 'utf8')).toBe('keep: me\n');
  });

  it.runIf(process.platform === 'linux')('exits 2 when the --output directory cannot be made (Node\'s own recursive mkdir never returns for /proc)', async () => {
    const result = await runCli(['test', `${fixtures}/isolation.scenario.yaml`, '--reporter', 'junit', '--output', '/proc/cfsim-nope/cfsim.xml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cfsim: cannot write \/proc\/cfsim-nope\/cfsim\.xml: /);
  }, 5_000);

  it('--reporter github annotates the failing case at its line in the scenario file', async () => {
    const result = await runCli(['test', `${fixtures}/mixed.scenario.yaml`, '--reporter', 'github']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^::error file=${fixtures}/mixed.scenario.yaml,line=25,col=5,title=cfsim test%3A every expectation fails::path: expected`, 'm'));
    expect(result.stdout).toContain(`::warning file=${fixtures}/mixed.scenario.yaml,line=28,col=9,`);
    const bad = await runCli(['test', `${fixtures}/bad-schema.scenario.yaml`, '--reporter', 'github']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain(`::error file=${fixtures}/bad-schema.scenario.yaml,line=4,col=5,title=cfsim TEST001::`);
  });

  it('--reporter json prints one document', async () => {
    const result = await runCli(['test', `${fixtures}/mixed.scenario.yaml`, '--reporter', 'json']);
    const document = JSON.parse(result.stdout);
    expect(document.summary).toMatchObject({ passed: 1, failed: 1, skipped: 1, total: 3 });
    expect(document.files[0].cases[1].failures).toHaveLength(10);
  });

  it('runs as the built binary with the documented exit codes', () => {
    const passing = runProcess(['test', 'tests/', '--coverage']);
    expect(passing.stderr).toBe('');
    expect(passing.code).toBe(0);
    expect(lastLine(passing.stdout)).toMatch(/^\d+ passed, 0 failed$/);
    expect(runProcess(['test', `${fixtures}/mixed.scenario.yaml`]).code).toBe(1);
    expect(runProcess(['test', `${fixtures}/bad-schema.scenario.yaml`]).code).toBe(2);
  });
});
