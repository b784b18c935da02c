// The start-up path of the commands CI runs (bin/cfsim.cjs → dist/bundle/<command>.cjs with its V8
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

function node(args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** bin/ copied to a directory of its own: a clone that was not built. */
function installBinOnly(): string {
  const dir = tempDir('cfsim-code-cache-');
  mkdirSync(join(dir, 'bin'));
  for (const file of ['cfsim.js', 'package.json', 'compiled-cli.cjs']) copyFileSync(join(ROOT, 'bin', file), join(dir, 'bin', file));
  return dir;
}

/** bin/ and the validate bundle, with `cache` as the code cache (none if undefined). */
function installWithCache(cache: Buffer | undefined): string {
  const dir = installBinOnly();
  mkdirSync(join(dir, 'dist', 'bundle'), { recursive: true });
  copyFileSync(join(ROOT, 'dist', 'bundle', 'validate.cjs'), join(dir, 'dist', 'bundle', 'validate.cjs'));
  if (cache) writeFileSync(join(dir, 'dist', 'bundle', 'validate.cjs.cache'), cache);
  return dir;
}

describe('the code cache of each bundled command', () => {
  it('is taken by this Node.js: the commands CI runs start without compiling what the build ran', () => {
    expect(BUNDLED_COMMANDS).toEqual(['validate', 'run', 'test', 'profiles']);
    const script = `const { loadCompiledCli } = require('./bin/compiled-cli.cjs');
      for (const command of ${JSON.stringify(BUNDLED_COMMANDS)}) console.log(command, loadCompiledCli(command).script.cachedDataRejected);`;
    const result = node(['-e', script]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(BUNDLED_COMMANDS.map((command) => `${command} false\n`).join(''));
  });

  const built = (file: string): Buffer => readFileSync(join(ROOT, 'dist', 'bundle', file));
  it.each([
    ['missing', () => undefined],
    ['cut short', () => built('validate.cjs.cache').subarray(0, 1000)],
    ['not a cache', () => Buffer.alloc(built('validate.cjs.cache').length, 7)],
    ["another bundle's", () => built('run.cjs.cache')],
  ])('is ignored when %s: the command compiles from source and gives the same result', (_, cache) => {
    const dir = installWithCache(cache());
    const result = node([join(dir, 'bin', 'cfsim.js'), 'validate', FLOW, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: true, summary: { files: 1, errors: 0 } });
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
