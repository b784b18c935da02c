// What the fixtures cannot show: the size check before reading, messages cut short, the nesting bound on a
// runaway file, and the exit status `cfsim validate` gives for these files.
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH, parseYamlText } from '../../src/flow/document.js';
import { MAX_FLOW_FILE_BYTES, parseFlowBytes } from '../../src/flow/load.js';
import { readFlowFile } from '../../src/load/flow-file.js';
import { runCli } from '../helpers/cli.js';

const fixtures = join(import.meta.dirname, 'fixtures');

describe('flow file limits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cfsim-limits-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** A file of `size` bytes that takes no disk space (all NUL bytes, as a sparse file). */
  const sparseFile = (name: string, size: number): string => {
    writeFileSync(join(dir, name), '');
    truncateSync(join(dir, name), size);
    return name;
  };

  it('refuses a file over the size limit before reading it', async () => {
    const source = readFlowFile(sparseFile('huge.yaml', 200 * 1024 * 1024), dir);
    expect(source.diagnostics).toEqual([
      expect.objectContaining({ code: 'FILE001', line: 1, column: 1, message: 'the file is 200 MB; a flow file is at most 4 MB' }),
    ]);
  });

  it('reads a file of exactly the limit', async () => {
    const source = readFlowFile(sparseFile('limit.json', MAX_FLOW_FILE_BYTES), dir);
    // Read and decoded: all NUL bytes, so not text.
    expect(source.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['FILE002']);
  });

  it('cuts the source text a YAML error quotes', () => {
    const source = parseFlowBytes('invalid-long-line.yaml', readFileSync(join(fixtures, 'invalid-long-line.yaml')));
    const quoting = source.diagnostics.find((diagnostic) => diagnostic.message.includes('Actions Actions'));
    expect(quoting?.message).toMatch(/^syntax error: .{119}…$/);
  });

  it('stops a runaway nesting as soon as it passes the bound', () => {
    // Parsed whole, these 4 MB take the CST parser half a minute and gigabytes.
    const parsed = parseYamlText('['.repeat(MAX_FLOW_FILE_BYTES));
    expect(parsed.errors).toEqual([expect.objectContaining({ position: { line: 1, column: MAX_NESTING_DEPTH + 1 } })]);
  });
});

describe('cfsim validate on files that are not flows', () => {
  it('reports an alias bomb as a flow error (exit 1), not an internal error', async () => {
    const result = await runCli(['validate', 'test/validation/fixtures/invalid-alias-bomb.yaml']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('invalid-alias-bomb.yaml:9:10  error    YAML003  too many aliases');
    expect(result.code).toBe(1);
  });

  it('names the kind of a scenario or profiles file named beside the flows (an unquoted glob)', async () => {
    const result = await runCli(['validate', 'flows/greet-caller.yaml', 'flows/profiles.yaml', 'tests/greet-caller.test.yaml', '--format', 'json']);
    const report = JSON.parse(result.stdout) as { files: { file: string; diagnostics: { code: string; message: string }[] }[] };
    expect(report.files.map(({ file, diagnostics }) => [file, diagnostics.map(({ code, message }) => `${code} ${message}`)])).toEqual([
      ['flows/greet-caller.yaml', []],
      ['flows/profiles.yaml', ['FILE003 this is a profiles file, not a flow: pass it to cfsim run with --profiles']],
      ['tests/greet-caller.test.yaml', ['FILE003 this is a scenario file, not a flow: run it with cfsim test']],
    ]);
    expect(result.code).toBe(1);
  });
});
