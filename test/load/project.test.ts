// Finding and reading cfsim.yaml (src/load/project.ts), and reading a module's declared inputs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectFile, readProject } from '../../src/load/project.js';
import { moduleInputs } from '../../src/validate/project-references.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('findProjectFile', () => {
  it('finds cfsim.yaml in a directory above, and stops at the repository root', () => {
    const outside = tempDir('cfsim-find-');
    writeFileSync(join(outside, 'cfsim.yaml'), 'flows: []\n');
    const repo = join(outside, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'flows', 'deep'), { recursive: true });
    // The cfsim.yaml above the repository is someone else's.
    expect(findProjectFile(join(repo, 'flows', 'deep'))).toBeUndefined();
    writeFileSync(join(repo, 'cfsim.yaml'), 'flows: []\n');
    expect(findProjectFile(join(repo, 'flows', 'deep'))).toBe(join(repo, 'cfsim.yaml'));
  });

  it('ignores a directory named cfsim.yaml', () => {
    const dir = tempDir('cfsim-find-');
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'cfsim.yaml'));
    expect(findProjectFile(dir)).toBeUndefined();
  });
});

describe('readProject', () => {
  it('resolves paths against the project file, takes an existing name with glob characters as a file, and warns about a pattern that matches nothing', async () => {
    const dir = tempDir('cfsim-read-');
    mkdirSync(join(dir, 'flows'));
    writeFileSync(join(dir, 'flows', 'main_(voice).json'), '{}');
    writeFileSync(join(dir, 'cfsim.yaml'), 'flows: ["flows/main_(voice).json", "nowhere/*.json"]\nmocks: mocks.yaml\n');
    const read = await readProject('cfsim.yaml', dir);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.flows).toEqual([join(dir, 'flows', 'main_(voice).json')]);
    expect(read.value.mocks).toBe(join(dir, 'mocks.yaml'));
    expect(read.value.warnings.map((warning) => [warning.code, warning.line, warning.column])).toEqual([['PROJ002', 1, 36]]);
  });

  it('reports an unknown key at its place with a fix (PROJ001)', async () => {
    const dir = tempDir('cfsim-read-');
    writeFileSync(join(dir, 'cfsim.yaml'), 'flows: []\ndefaults:\n  maxStep: 10\n');
    const read = await readProject('cfsim.yaml', dir);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.line])).toEqual([['PROJ001', 3]]);
    expect(read.diagnostics[0]?.fix).toBeTruthy();
  });
});

describe('moduleInputs', () => {
  it('reads the console list and a JSON Schema, and nothing from a module that declares neither', () => {
    expect(moduleInputs({ Settings: { InputParameters: [{ Name: 'language', Required: true }, { DisplayName: 'tier' }] } })).toEqual({ names: new Set(['language', 'tier']), required: ['language'] });
    expect(moduleInputs({ Settings: { InputParameters: { properties: { a: {}, b: {} }, required: ['b'] } } })).toEqual({ names: new Set(['a', 'b']), required: ['b'] });
    expect(moduleInputs({ Actions: [] })).toBeUndefined();
  });
});
