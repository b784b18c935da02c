import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, runProcess } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const fixtures = 'test/validation/fixtures';

describe('cfsim validate', () => {
  it('exits 0 on the example flows and says they are valid', async () => {
    const result = await runCli(['validate', 'flows/']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/✔ valid/);
    expect(result.code).toBe(0);
  });

  it('exits 1 and prints file:line:col, code, message and fix for an invalid flow', async () => {
    const result = await runCli(['validate', `${fixtures}/invalid-start.yaml`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${fixtures}/invalid-start.yaml:3:14  error    GRAPH001  StartAction "gret" is not the Identifier of any action; did you mean "greet"?`);
    expect(result.stdout).toContain('fix: set StartAction to "greet"');
    expect(result.stdout).toMatch(/✖ 1 error, 0 warnings in 1 flow file$/m);
  });

  it('allows warnings, unless --strict', async () => {
    const file = `${fixtures}/warn-identifer-typo.yaml`;
    expect((await runCli(['validate', file])).code).toBe(0);
    const strict = await runCli(['validate', file, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('error    CP004');
  });

  it('warns of an action type it does not know, with the closest one; --strict refuses it', async () => {
    // Given a flow whose type cfsim does not know (Amazon Connect adds types the reference does not list yet)
    const file = `${fixtures}/warn-unknown-type.yaml`;
    // When it is validated, then it is valid with a warning that says what a run does with it
    const result = await runCli(['validate', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `${fixtures}/warn-unknown-type.yaml:7:11  warning  FLOW002  set-queue Type: "TransferToQueue" is not an action type cfsim knows; did you mean "TransferContactToQueue"? The block will not be simulated: a run takes its NextAction`,
    );
    expect(result.stdout).toContain('fix: use "TransferContactToQueue"');
    // And --strict, for teams that want the reference enforced, fails it
    const strict = await runCli(['validate', file, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('error    FLOW002');
  });

  it('--format json prints one document with every diagnostic', async () => {
    const result = await runCli(['validate', `${fixtures}/invalid-graph.yaml`, `${fixtures}/valid-wrapped-content.json`, '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(result.code).toBe(1);
    expect(report.valid).toBe(false);
    expect(report.summary).toEqual({ files: 2, errors: 2, warnings: 1 });
    expect(report.files[1]).toEqual({ file: `${fixtures}/valid-wrapped-content.json`, valid: true, diagnostics: [], inputs: [] });
    expect(report.files[0].diagnostics.map((d: { code: string }) => d.code)).toEqual(['GRAPH002', 'GRAPH003', 'GRAPH004']);
    expect(report.files[0].diagnostics[0]).toMatchObject({ severity: 'error', line: 11, column: 19, path: ['Actions', 0, 'Transitions', 'NextAction'] });
  });

  it('--format github prints workflow annotations', async () => {
    const result = await runCli(['validate', `${fixtures}/invalid-start.yaml`, '--format', 'github']);
    expect(result.stdout.split('\n')[0]).toBe(
      `::error file=${fixtures}/invalid-start.yaml,line=3,col=14,title=cfsim GRAPH001::StartAction "gret" is not the Identifier of any action; did you mean "greet"?%0Afix: set StartAction to "greet"`,
    );
  });

  it('--format sarif writes SARIF 2.1.0 with one rule per code', async () => {
    const result = await runCli(['validate', `${fixtures}/warn-response-field.yaml`, '--format', 'sarif']);
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    const ruleIds = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(run.results).toHaveLength(2);
    const [first] = run.results;
    expect(ruleIds[first.ruleIndex]).toBe('CP003');
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: `${fixtures}/warn-response-field.yaml`, uriBaseId: '%SRCROOT%' },
      region: { startLine: 11, startColumn: 29 },
    });
  });

  it('expands quoted globs and skips non-flow YAML found in directories', async () => {
    const dir = tempDir('cfsim-validate-');
    mkdirSync(join(dir, 'contacts'));
    writeFileSync(join(dir, 'contacts', 'caller.yaml'), 'Channel: VOICE\n');
    writeFileSync(join(dir, 'hello.yaml'), 'Version: "2019-10-30"\nStartAction: bye\nActions:\n  - {Identifier: bye, Type: DisconnectParticipant, Parameters: {}, Transitions: {}}\n');
    const fromDirectory = await runCli(['validate', '.', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(fromDirectory.stdout).files.map((f: { file: string }) => f.file)).toEqual(['./hello.yaml']);
    const fromGlob = await runCli(['validate', '**/*.yaml', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(fromGlob.stdout).summary.files).toBe(1);
  });

  it('exits 2 for a missing file, naming it', async () => {
    const result = await runCli(['validate', 'flows/nope.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('flows/nope.yaml: no such file or directory');
  });

  it('exits 2 for an unknown format', async () => {
    const result = await runCli(['validate', 'flows/', '--format', 'xml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'xml' is invalid");
  });

  it('runs as a process with the documented exit codes', () => {
    expect(runProcess(['validate', 'flows/']).code).toBe(0);
    const invalid = runProcess(['validate', `${fixtures}/invalid-yaml-syntax.yaml`]);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toMatch(/invalid-yaml-syntax\.yaml:\d+:\d+ +error +YAML001/);
    expect(runProcess(['validate', 'missing/']).code).toBe(2);
  });

  it('answers within 2 s for a StartAction and an Identifier of 200,000 characters each (did-you-mean is bounded)', () => {
    // Given a flow whose StartAction and only Identifier are two different 200,000-character strings
    const dir = tempDir('cfsim-long-names-');
    const flow = join(dir, 'f.yaml');
    const start = 'a'.repeat(200_000);
    const identifier = `${'b'.repeat(199_999)}c`;
    writeFileSync(flow, `Version: "2019-10-30"\nStartAction: ${start}\nActions:\n  - {Identifier: ${identifier}, Type: DisconnectParticipant}\n`);
    // When cfsim validates it as a process
    const began = Date.now();
    const result = runProcess(['validate', flow]);
    // Then it exits 1 quickly, with a GRAPH001 that quotes the name cut short
    expect(Date.now() - began).toBeLessThan(2000);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/f\.yaml:2:14 +error +GRAPH001 +StartAction "a{100,}…" is not the Identifier of any action\n/);
    expect(result.stdout.length).toBeLessThan(2000);
    expect(result.stderr).toBe('');
  });

  it('stops quietly when the reader of its output closes the pipe early (| head)', () => {
    // Given a report far larger than a pipe's buffer: 3,000 unreachable actions, one warning each
    const dir = tempDir('cfsim-epipe-');
    const orphans = Array.from({ length: 3000 }, (_, n) => `  - {Identifier: orphan-${n}, Type: DisconnectParticipant, Parameters: {}, Transitions: {}}`);
    const flow = join(dir, 'orphans.yaml');
    writeFileSync(flow, ['Version: "2019-10-30"', 'StartAction: end', 'Actions:', '  - {Identifier: end, Type: DisconnectParticipant, Parameters: {}, Transitions: {}}', ...orphans].join('\n'));
    // When `head -c 100` reads the start and exits
    const shell = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" validate "${flow}" --format json | head -c 100 >/dev/null`], { cwd: ROOT, encoding: 'utf8' });
    // Then cfsim prints no error and no stack trace
    expect(shell.stderr).toBe('');
  });
});
