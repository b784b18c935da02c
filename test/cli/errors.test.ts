// What a user or a CI job sees when a command cannot do its work, from the real binary: commander's
// refusals worded as cfsim's errors, a document on stdout for every machine-readable format, GitHub
// annotations from the repository root, SARIF rules linking the docs shipped in the package, and
// colours as FORCE_COLOR and NO_COLOR ask.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { machineFormatOf } from '../../src/cli/format/machine-format.js';
import { colorEnabled } from '../../src/cli/format/style.js';
import { BIN, ROOT, runProcess } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const INVALID = 'test/validation/fixtures/invalid-start.yaml';
const ESC = '\u001B[';

describe("commander's errors in cfsim's words", () => {
  it.each([
    [['run', 'flows/greet-caller.yaml', '--contacts', 'c.yaml'], "unknown option '--contacts'", 'did you mean --contact? See cfsim run --help'],
    [['run'], "missing required argument 'flow'", 'usage: cfsim run [options] <flow>; see cfsim run --help'],
    [['valdate', 'flows/'], "unknown command 'valdate'", 'did you mean validate? See cfsim --help'],
    [['frob'], "unknown command 'frob'", 'the commands are validate, run, step, test, profiles, init, graph: see cfsim --help'],
    [['validate', '--format', 'xml'], "option '-f, --format <format>' argument 'xml' is invalid", 'allowed choices are text, json, github, sarif; see cfsim validate --help'],
    [['run', 'flows/greet-caller.yaml', '--max-steps', '0'], "option '--max-steps <n>' argument '0' is invalid", 'give a whole number from 1 to 100000; see cfsim run --help'],
    [['profiles', 'serch'], "unknown command 'serch'", 'did you mean search? See cfsim profiles --help'],
  ])('cfsim %j: the cfsim: prefix, a fix, exit 2', (args, message, fix) => {
    const result = runProcess(args);
    expect(result.stderr).toBe(`cfsim: ${message}\n  fix: ${fix}\n`);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(2);
  });

  it('help and --version still print and exit 0', () => {
    expect(runProcess(['--version'])).toMatchObject({ code: 0, stdout: '0.1.0\n', stderr: '' });
    expect(runProcess(['run', '--help'])).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('machine-readable output is a document even when the input is bad', () => {
  it('run --json: an error document in the --json contract, for a missing file, a bad option or a bad contact', () => {
    const missing = runProcess(['run', 'nothere.yaml', '--json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toEqual({
      outcome: 'Error',
      error: { code: 'InputError', message: 'cannot read the flow file nothere.yaml: no such file', fix: 'check the path' },
      exitCode: 2,
      steps: [],
      prompts: [],
      attributes: {},
      customer: {},
    });
    expect(missing.stderr).toMatch(/^cfsim: cannot read the flow file nothere.yaml/);

    const option = runProcess(['run', 'flows/greet-caller.yaml', '--json', '--contacts', 'c.yaml']);
    expect(option.code).toBe(2);
    expect(JSON.parse(option.stdout).error).toEqual({ code: 'InputError', message: "unknown option '--contacts'", fix: 'did you mean --contact? See cfsim run --help' });

    const dir = tempDir('cfsim-errors-');
    writeFileSync(join(dir, 'contact.yaml'), 'Channel: PIGEON\n');
    const contact = runProcess(['run', join(ROOT, 'flows/greet-caller.yaml'), '--json', '--contact', 'contact.yaml'], { cwd: dir });
    expect(contact.code).toBe(2);
    const document = JSON.parse(contact.stdout);
    expect(document.outcome).toBe('Error');
    expect(document.error.diagnostics[0]).toMatchObject({ code: 'RUN001', file: 'contact.yaml', line: 1, column: 10 });
  });

  it('test --reporter json: passed false and the error', () => {
    const result = runProcess(['test', 'nothere', '--reporter', 'json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ passed: false, error: { code: 'InputError', message: 'nothere: no such file or directory' }, files: [] });
  });

  it('validate --format json: valid false and the error', () => {
    const result = runProcess(['validate', 'nothere', '--format=json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: false, error: { code: 'InputError', fix: 'check the path' }, files: [] });
  });

  it('validate --format sarif > cfsim.sarif: a SARIF run with the error as a notification of a failed invocation', () => {
    const dir = tempDir('cfsim-errors-');
    const shell = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" validate nothere -f sarif > cfsim.sarif`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(shell.status).toBe(2);
    const log = JSON.parse(readFileSync(join(dir, 'cfsim.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run.tool.driver.name).toBe('cfsim');
    expect(run.results).toEqual([]);
    expect(run.invocations).toEqual([{
      executionSuccessful: false,
      exitCode: 2,
      toolExecutionNotifications: [{ level: 'error', message: { text: 'nothere: no such file or directory (fix: check the path)' } }],
    }]);
  });

  it('validate --format github: an annotation of the error for the job summary', () => {
    const result = runProcess(['validate', 'nothere', '--format', 'github']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('::error title=cfsim::nothere: no such file or directory%0Afix: check the path\n');
  });

  it('text output keeps stdout empty', () => {
    expect(runProcess(['validate', 'nothere']).stdout).toBe('');
  });
});

describe('which document stdout must hold, read from the command line before it is parsed', () => {
  it('finds the format however the option is written, and only where stdout gets it', () => {
    expect(machineFormatOf(['run', 'f.yaml', '--json'])).toEqual({ command: 'run', format: 'json' });
    expect(machineFormatOf(['validate', '-f', 'sarif'])).toEqual({ command: 'validate', format: 'sarif' });
    expect(machineFormatOf(['validate', '-fsarif'])).toEqual({ command: 'validate', format: 'sarif' });
    expect(machineFormatOf(['validate', '--format=json', 'flows/'])).toEqual({ command: 'validate', format: 'json' });
    expect(machineFormatOf(['validate', '--format', 'text'])).toBeUndefined();
    expect(machineFormatOf(['test', '-r', 'json'])).toEqual({ command: 'test', format: 'json' });
    // The report goes to --output; stdout has text.
    expect(machineFormatOf(['test', '-r', 'json', '-o', 'r.json'])).toBeUndefined();
    // After --, words are operands.
    expect(machineFormatOf(['run', '--', '--json'])).toBeUndefined();
    expect(machineFormatOf(['step', 'f.yaml', '--json'])).toBeUndefined();
  });
});

describe('GitHub annotations name files from the repository root', () => {
  it('uses GITHUB_WORKSPACE: an absolute path, or one typed in a subfolder, becomes the path in the repository', () => {
    const absolute = runProcess(['validate', join(ROOT, INVALID), '--format', 'github'], { env: { GITHUB_WORKSPACE: ROOT } });
    expect(absolute.stdout).toMatch(new RegExp(`^::error file=${INVALID},line=3,col=14,`));
    const below = runProcess(['validate', 'validation/fixtures/invalid-start.yaml', '--format', 'github'], { cwd: join(ROOT, 'test'), env: { GITHUB_WORKSPACE: ROOT } });
    expect(below.stdout).toMatch(new RegExp(`^::error file=${INVALID},line=3,col=14,`));
    const scenario = 'test/scenario/fixtures/mixed.scenario.yaml';
    const test = runProcess(['test', join(ROOT, scenario), '--reporter', 'github'], { env: { GITHUB_WORKSPACE: ROOT } });
    expect(test.stdout).toMatch(new RegExp(`^::error file=${scenario},line=25,col=5,`, 'm'));
  });

  it('uses the current directory without GITHUB_WORKSPACE', () => {
    const result = runProcess(['validate', join(ROOT, INVALID), '--format', 'github'], { env: { GITHUB_WORKSPACE: '' } });
    expect(result.stdout).toMatch(new RegExp(`^::error file=${INVALID},line=3,`));
    expect(result.stdout).not.toContain(ROOT);
  });
});

describe('SARIF rules link the documentation shipped in the package', () => {
  it('every helpUri is a file: URI of docs/diagnostics.md with an anchor the page has, and docs/ is in the package', () => {
    const log = JSON.parse(runProcess(['validate', INVALID, '--format', 'sarif']).stdout);
    const page = join(ROOT, 'docs', 'diagnostics.md');
    const text = readFileSync(page, 'utf8');
    const rules: { id: string; helpUri: string; help: { text: string } }[] = log.runs[0].tool.driver.rules;
    expect(rules.length).toBeGreaterThan(20);
    for (const rule of rules) {
      const [file, anchor] = rule.helpUri.split('#');
      expect(fileURLToPath(file ?? '')).toBe(page);
      expect(text, `docs/diagnostics.md has no anchor for ${rule.id}`).toContain(`<a id="${anchor}"></a>${rule.id}`);
      expect(rule.help.text).toMatch(/\. See docs\/diagnostics\.md#/);
    }
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).files).toContain('docs');
    expect(existsSync(page)).toBe(true);
  });
});

describe('colours as FORCE_COLOR and NO_COLOR ask', () => {
  const colours = (env: Record<string, string>) => runProcess(['validate', 'flows/greet-caller.yaml'], { env }).stdout.includes(ESC);

  it('FORCE_COLOR=1 colours output into a pipe; FORCE_COLOR=0 and false do not; NO_COLOR alone turns colours off', () => {
    expect(colours({ NO_COLOR: '', FORCE_COLOR: '1' })).toBe(true);
    expect(colours({ NO_COLOR: '', FORCE_COLOR: 'true' })).toBe(true);
    expect(colours({ NO_COLOR: '', FORCE_COLOR: '0' })).toBe(false);
    expect(colours({ NO_COLOR: '', FORCE_COLOR: 'false' })).toBe(false);
    // A pipe without FORCE_COLOR: no colours, whatever NO_COLOR says.
    expect(colours({ NO_COLOR: '' })).toBe(false);
    expect(colours({ NO_COLOR: '1' })).toBe(false);
  });

  it('FORCE_COLOR wins over NO_COLOR, as in Node; run --json is never coloured', () => {
    expect(colours({ NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(true);
    const json = runProcess(['run', 'flows/greet-caller.yaml', '--json'], { env: { FORCE_COLOR: '1' } });
    expect(json.stdout).not.toContain(ESC);
  });

  it('on a terminal: colours, unless NO_COLOR is set and not empty, TERM is dumb, or FORCE_COLOR=0', () => {
    expect(colorEnabled({}, true)).toBe(true);
    expect(colorEnabled({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colorEnabled({ NO_COLOR: '' }, true)).toBe(true);
    expect(colorEnabled({ TERM: 'dumb' }, true)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: '2', TERM: 'dumb' }, false)).toBe(true);
  });
});
