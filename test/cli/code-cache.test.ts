// The start-up path of the commands CI runs (bin/cfsim.js → dist/bundle/<command>.cjs with its V8
// code cache, made by `npm run build`): the cache is taken, and a cache that does not fit is ignored.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const { BUNDLED_COMMANDS } = createRequire(import.meta.url)('../../bin/compiled-cli.cjs') as { BUNDLED_COMMANDS: string[] };
const FLOW = join(ROOT, 'flows', 'greet-caller.yaml');
const built = (file: string): Buffer => readFileSync(join(ROOT, 'dist', 'bundle', file));

function node(args: readonly string[], env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** bin/ copied to a directory of its own: a clone that was not built. */
function installBinOnly(): string {
  const dir = tempDir('cfsim-code-cache-');
  mkdirSync(join(dir, 'bin'));
  for (const file of ['cfsim.js', 'package.json', 'compiled-cli.cjs']) copyFileSync(join(ROOT, 'bin', file), join(dir, 'bin', file));
  return dir;
}

/** bin/ and the validate bundle (`bundle`, the built one by default), with `cache` as its code cache (none if undefined). */
function installWithCache(cache: Buffer | undefined, bundle = built('validate.cjs')): string {
  const dir = installBinOnly();
  mkdirSync(join(dir, 'dist', 'bundle'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'bundle', 'validate.cjs'), bundle);
  if (cache) writeFileSync(join(dir, 'dist', 'bundle', 'validate.cjs.cache'), cache);
  return dir;
}

describe('the code cache of each bundled command', () => {
  it('is used by this Node.js: the commands CI runs start without compiling what the build ran', () => {
    expect(BUNDLED_COMMANDS).toEqual(['validate', 'run', 'test', 'profiles']);
    const script = `const { loadCompiledCli } = require('./bin/compiled-cli.cjs');
      for (const command of ${JSON.stringify(BUNDLED_COMMANDS)}) console.log(command, loadCompiledCli(command).cache);`;
    const result = node(['-e', script]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(BUNDLED_COMMANDS.map((command) => `${command} used\n`).join(''));
  });

  it.each([
    ['missing', () => undefined],
    ['cut short', () => built('validate.cjs.cache').subarray(0, 1000)],
    ['not a cache', () => Buffer.alloc(built('validate.cjs.cache').length, 7)],
    ["another bundle's", () => built('run.cjs.cache')],
  ])('is not used when %s: the command compiles from source and gives the same result', (_, cache) => {
    const dir = installWithCache(cache());
    const result = node([join(dir, 'bin', 'cfsim.js'), 'validate', FLOW, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: true, summary: { files: 1, errors: 0 } });
  });

  it('is not used for a bundle edited in place to the same length (V8 compares lengths only); CFSIM_DEBUG says so', () => {
    // Given the built bundle with one message changed, letter for letter, and the cache made for the original
    const original = built('validate.cjs').toString('latin1');
    expect(original).toContain('\\u2714 valid$');
    const edited = Buffer.from(original.replace('\\u2714 valid$', '\\u2714 VALID$'), 'latin1');
    const dir = installWithCache(built('validate.cjs.cache'), edited);
    // Then the edited code runs, and the debug note names the stale cache
    const result = node([join(dir, 'bin', 'cfsim.js'), 'validate', FLOW], { CFSIM_DEBUG: '1' });
    expect(result).toEqual({
      code: 0,
      stdout: '✔ VALID in 1 flow file\n',
      stderr: 'cfsim: code cache stale: validate compiles from source (see README, Performance)\n',
    });
  });

  it('does not stop a command run under other V8 flags (NODE_OPTIONS), which V8 refuses it for', () => {
    const result = node([join(ROOT, 'bin', 'cfsim.js'), 'validate', FLOW], { CFSIM_DEBUG: '1', NODE_OPTIONS: '--max-old-space-size=3000' });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✔ valid in 1 flow file\n');
    // Node 20's V8 hashes this flag into the cache's check; a later V8 might not.
    expect(result.stderr).toMatch(/^(?:cfsim: code cache rejected: validate compiles from source \(see README, Performance\)\n)?$/);
  });
});

describe('bin/cfsim.js without a build', () => {
  it.each([['validate', FLOW], ['--help']])('says how to build cfsim for `cfsim %s`, and exits 2', (...args) => {
    const result = node([join(installBinOnly(), 'bin', 'cfsim.js'), ...args]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'cfsim: the CLI is not built (dist/bundle/ is missing)\n  fix: run npm run build (npm ci and npm install run it)\n',
    });
  });
});
