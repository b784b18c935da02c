// Issue 11 item 7 and issue 12 items 4, 6 and 7, each reproducer as the user meets it: the built CLI as
// a process. What is not a regular file (a device, a FIFO, a link to a device) is refused with the path
// and a fix, exit 2, and never read: reading /dev/zero never ends and opening a FIFO waits for a writer.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const FLOW = join(ROOT, 'flows', 'greet-caller.yaml');
const CONTACT = join(ROOT, 'flows', 'contacts', 'known-caller.yaml');
/** The bound for a refusal. A process killed at it has status null, and the test fails. */
const BOUND_MS = 2_000;
/** For a command that does its work (runs scenarios, validates): a bound for a loaded CI machine. */
const WORK_MS = 30_000;
const posix = process.platform !== 'win32';

interface Ended {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The CLI as a process, killed if it has not ended within BOUND_MS (status null then). */
function cfsim(args: readonly string[], cwd: string, input = '', timeout = BOUND_MS): Ended {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', timeout, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function fifo(dir: string, name: string): string {
  execFileSync('mkfifo', [join(dir, name)]);
  return name;
}

describe.runIf(posix)('input that is not a regular file: refused within 2 s, exit 2', () => {
  it('cfsim validate /dev/zero', () => {
    const result = cfsim(['validate', '/dev/zero'], tempDir('cfsim-hostile-'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'cfsim: cannot read the flow file /dev/zero: it is a character device, not a regular file\n' +
        '  fix: save the flow file as a regular file and give its path (cfsim reads no devices, pipes or sockets)\n',
    );
  });

  it('cfsim run /dev/zero', () => {
    const result = cfsim(['run', '/dev/zero'], tempDir('cfsim-hostile-'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cfsim: cannot read the flow file \/dev\/zero: it is a character device, not a regular file\n {2}fix: /);
  });

  it('a FIFO as the flow of cfsim run', () => {
    const dir = tempDir('cfsim-hostile-');
    const result = cfsim(['run', fifo(dir, 'flow.yaml')], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cfsim: cannot read the flow file flow\.yaml: it is a named pipe \(FIFO\), not a regular file\n/);
  });

  it('a FIFO as --contact', () => {
    const dir = tempDir('cfsim-hostile-');
    const result = cfsim(['run', FLOW, '--contact', fifo(dir, 'contact.yaml')], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^contact\.yaml:1:1 {2}error {2}RUN001 {2}cannot read the contact file contact\.yaml: it is a named pipe \(FIFO\), not a regular file\n {4}fix: save the contact file as a regular file/);
  });

  it("a FIFO as a scenario's flow:", () => {
    const dir = tempDir('cfsim-hostile-');
    fifo(dir, 'flow.yaml');
    writeFileSync(join(dir, 'a.test.yaml'), 'flow: flow.yaml\ncases:\n  - name: one\n');
    const result = cfsim(['test', 'a.test.yaml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('a.test.yaml:1:7  error    TEST003  cannot read the flow file flow.yaml: it is a named pipe (FIFO), not a regular file');
  });

  it("a FIFO as a scenario's mocks:", () => {
    const dir = tempDir('cfsim-hostile-');
    fifo(dir, 'mocks.yaml');
    writeFileSync(join(dir, 'a.test.yaml'), `flow: ${JSON.stringify(FLOW)}\nmocks: mocks.yaml\ncases:\n  - name: one\n`);
    const result = cfsim(['test', 'a.test.yaml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('TEST003  cannot read the mocks file mocks.yaml: it is a named pipe (FIFO), not a regular file');
  });

  it('a FIFO as the scenario file itself', () => {
    const dir = tempDir('cfsim-hostile-');
    const result = cfsim(['test', fifo(dir, 'a.test.yaml')], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('TEST003  cannot read the scenario file a.test.yaml: it is a named pipe (FIFO), not a regular file');
  });

  it('cfsim profiles import f.csv, f.csv a FIFO: nothing imported, no store made', () => {
    const dir = tempDir('cfsim-hostile-');
    const result = cfsim(['profiles', 'import', fifo(dir, 'f.csv'), '--store', 'p.db'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'cfsim: cannot read the import file f.csv: it is a named pipe (FIFO), not a regular file\n' +
        '  fix: save the import file as a regular file and give its path (cfsim reads no devices, pipes or sockets)\n',
    );
    expect(() => statSync(join(dir, 'p.db'))).toThrow();
  });

  it('cfsim profiles import z.csv, z.csv a symbolic link to /dev/zero: the message names where the link leads', () => {
    const dir = tempDir('cfsim-hostile-');
    symlinkSync('/dev/zero', join(dir, 'z.csv'));
    const result = cfsim(['profiles', 'import', 'z.csv', '--store', 'p.db'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cfsim: cannot read the import file z\.csv \(\/dev\/zero\): it is a character device, not a regular file\n/);
  });

  it('cfsim profiles import of a 750 MB JSON Lines file: refused before reading, with the fix', () => {
    const dir = tempDir('cfsim-hostile-');
    // Sparse: no disk space, and reading it whole once ended in "Cannot create a string longer than".
    writeFileSync(join(dir, 'big.jsonl'), '');
    truncateSync(join(dir, 'big.jsonl'), 750 * 1024 * 1024);
    const result = cfsim(['profiles', 'import', 'big.jsonl', '--store', 'p.db'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'cfsim: the import file big.jsonl is 750 MB; an import file is at most 256 MB\n' +
        '  fix: split it into files of fewer rows (split -l) and import each; every import is one transaction\n',
    );
  });

  it('a directory as --mocks', () => {
    const dir = tempDir('cfsim-hostile-');
    mkdirSync(join(dir, 'mocks.yaml'));
    const result = cfsim(['run', FLOW, '--mocks', 'mocks.yaml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('RUN002  cannot read the mocks file mocks.yaml: it is a directory\n    fix: give a mocks file (a regular file), not a directory');
  });
});

describe('flow paths', () => {
  it('a file that exists is validated as a file, even when its name holds glob characters', () => {
    const dir = tempDir('cfsim-paths-');
    writeFileSync(join(dir, 'ideathonVM_(Voicemail_Flow).json'), JSON.stringify({ Version: '2019-10-30', StartAction: 'bye', Actions: [{ Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }] }));
    const result = cfsim(['validate', 'ideathonVM_(Voicemail_Flow).json'], dir, '', WORK_MS);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('valid in 1 flow file');
    expect(result.code).toBe(0);
  });

  it('a pattern that names no file is still a pattern', () => {
    const result = cfsim(['validate', 'none_(x)*.json'], tempDir('cfsim-paths-'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cfsim: none_\(x\)\*\.json: no file matches this pattern/);
  });

  it('cfsim validate - reads the flow from standard input, named <stdin>', () => {
    const dir = tempDir('cfsim-paths-');
    const valid = cfsim(['validate', '-'], dir, readFileSync(FLOW, 'utf8'), WORK_MS);
    expect(valid.code).toBe(0);
    const invalid = cfsim(['validate', '-', '--format', 'json'], dir, 'Version: "2019-10-30"\nStartAction: nowhere\nActions: []\n', WORK_MS);
    expect(invalid.code).toBe(1);
    expect(JSON.parse(invalid.stdout).files[0].file).toBe('<stdin>');
  });

  it('cfsim run - runs the flow on standard input (JSON too)', () => {
    const json = JSON.stringify({ Version: '2019-10-30', StartAction: 'bye', Actions: [{ Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }] });
    const result = cfsim(['run', '-', '--contact', CONTACT, '--json'], tempDir('cfsim-paths-'), json, WORK_MS);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).outcome).toBe('Disconnected');
  });

  it('standard input is bounded as a flow file is', () => {
    const result = cfsim(['validate', '-'], tempDir('cfsim-paths-'), 'a'.repeat(5 * 1024 * 1024), WORK_MS);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('<stdin>:1:1  error    FILE001  standard input holds more than 4 MB; a flow file is at most 4 MB');
  });
});

describe.runIf(posix)('output never replaces what is not a regular file', () => {
  const scenario = join(ROOT, 'tests', 'greet-caller.test.yaml');
  const test = (output: string, cwd: string): Ended => cfsim(['test', scenario, '--reporter', 'junit', '--output', output], cwd, '', WORK_MS);

  it('-o /dev/null: a usage error, and the device stays a device', () => {
    const result = test('/dev/null', tempDir('cfsim-output-'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cfsim: --output \/dev\/null: is a character device, not a regular file; .*\n {2}fix: give --output a regular file, or leave --output out/);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('-o <FIFO>: a usage error, not a hang, and the FIFO stays', () => {
    const dir = tempDir('cfsim-output-');
    const result = test(fifo(dir, 'report.xml'), dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cfsim: --output report\.xml: is a named pipe \(FIFO\), not a regular file/);
    expect(statSync(join(dir, 'report.xml')).isFIFO()).toBe(true);
  });

  it('-o <directory>: a usage error that suggests a file name in it', () => {
    const dir = tempDir('cfsim-output-');
    mkdirSync(join(dir, 'reports'));
    const result = test('reports', dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('cfsim: --output reports: is a directory\n  fix: give --output a file name, such as reports/report.xml\n');
  });

  it('-o <symbolic link>: written through to the file it leads to; the link stays a link', () => {
    const dir = tempDir('cfsim-output-');
    writeFileSync(join(dir, 'run-42.xml'), 'old');
    symlinkSync('run-42.xml', join(dir, 'latest.xml'));
    const result = test('latest.xml', dir);
    expect(result.code).toBe(0);
    expect(lstatSync(join(dir, 'latest.xml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'latest.xml'))).toBe('run-42.xml');
    expect(readFileSync(join(dir, 'run-42.xml'), 'utf8')).toMatch(/^<\?xml/);
  });

  it('-o <symbolic link to /dev/null>: a usage error naming where the link leads', () => {
    const dir = tempDir('cfsim-output-');
    symlinkSync('/dev/null', join(dir, 'null.xml'));
    const result = test('null.xml', dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cfsim: --output null\.xml \(a link to \/dev\/null\): is a character device/);
    expect(lstatSync(join(dir, 'null.xml')).isSymbolicLink()).toBe(true);
  });

  it('a report written over an existing file keeps its permissions', () => {
    const dir = tempDir('cfsim-output-');
    writeFileSync(join(dir, 'report.xml'), 'old');
    chmodSync(join(dir, 'report.xml'), 0o640);
    expect(test('report.xml', dir).code).toBe(0);
    expect(statSync(join(dir, 'report.xml')).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(dir, 'report.xml'), 'utf8')).toMatch(/^<\?xml/);
  });
});

describe('an empty path is a usage error (exit 2), for every option and argument that takes one', () => {
  const flow = 'flows/greet-caller.yaml';
  it.each([
    [['validate', ''], /^cfsim: a path is empty\n {2}fix: /],
    [['validate', 'flows/greet-caller.yaml', ''], /^cfsim: a path is empty\n/],
    [['run', ''], /value '' is invalid for argument 'flow'\n {2}fix: give a file path/],
    [['run', flow, '--contact', ''], /option '-c, --contact <file>' argument '' is invalid\n {2}fix: give a file path/],
    [['run', flow, '--mocks', ''], /option '-m, --mocks <file>' argument '' is invalid/],
    [['run', flow, '--flows', ''], /option '--flows <file>' argument '' is invalid/],
    [['run', flow, '--store', ''], /option '--store <file\.db>' argument '' is invalid/],
    [['run', flow, '--profiles', ''], /option '-p, --profiles <file>' argument '' is invalid/],
    [['step', flow, '--save-test', ''], /option '--save-test <file>' argument '' is invalid/],
    [['test', 'tests/greet-caller.test.yaml', '-o', ''], /option '-o, --output <file>' argument '' is invalid/],
    [['test', ''], /^cfsim: a path is empty\n/],
    [['profiles', 'import', ''], /value '' is invalid for argument 'file'/],
    [['profiles', 'search', '--store', ''], /option '-s, --store <file\.db>' argument '' is invalid/],
    [['profiles', 'stats', '--store', ''], /option '-s, --store <file\.db>' argument '' is invalid/],
  ])('cfsim %j', async (args, message) => {
    const result = await runCli(args);
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
  });

  it('cfsim step - is a usage error: the step screen reads its keys from standard input', async () => {
    const result = await runCli(['step', '-']);
    expect(result.stderr).toBe('cfsim: cfsim step reads keys from standard input, so it cannot read the flow from it\n  fix: save the flow to a file and give its path\n');
    expect(result.code).toBe(2);
  });

  it('an empty CFSIM_STORE is unset: the default store file, not the current directory', async () => {
    const dir = tempDir('cfsim-empty-');
    const result = await runCli(['profiles', 'create', '--first-name', 'Ana', '--json'], { cwd: dir, env: { CFSIM_STORE: '' } });
    expect(result.code).toBe(0);
    expect(statSync(join(dir, 'cfsim-profiles.db')).isFile()).toBe(true);
  });

  it.each([['flow'], ['profiles'], ['mocks']])("a scenario file's %s: ''", async (key) => {
    const dir = tempDir('cfsim-empty-');
    const keys = key === 'flow' ? "flow: ''\n" : `flow: ${JSON.stringify(FLOW)}\n${key}: ''\n`;
    writeFileSync(join(dir, 'a.test.yaml'), `${keys}cases:\n  - name: one\n`);
    const result = await runCli(['test', 'a.test.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`a\\.test\\.yaml:\\d+:\\d+ +error +TEST001 +${key}`));
  });
});
