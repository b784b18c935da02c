// --grep, only:, --shard and --merge-reports through the CLI: sharding 4 ways and merging gives the
// report of one unsharded run (JUnit byte for byte once timings are blanked) and the same coverage.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const lastLine = (text: string): string => text.trimEnd().split('\n').pop() ?? '';
const withoutTimes = (xml: string): string => xml.replace(/ time="[^"]*"/g, ' time=""');

describe('cfsim test --shard and --merge-reports', () => {
  it('4 shards, merged, report exactly what one run reports', async () => {
    const dir = tempDir('cfsim-shards-');
    const blobs = join(dir, 'blobs');
    const counts: number[] = [];
    for (const k of [1, 2, 3, 4]) {
      const shard = await runCli(['test', 'tests/', '--shard', `${k}/4`, '--blob-dir', blobs]);
      expect(shard.code).toBe(0);
      counts.push(Number(/^(\d+) passed/.exec(lastLine(shard.stdout))?.[1]));
    }
    // Balanced by case count: sizes differ by at most one, and add up to the whole.
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(readdirSync(blobs).sort()).toEqual([1, 2, 3, 4].map((k) => `cfsim-shard-${k}-of-4.json`));
    const one = await runCli(['test', 'tests/', '--reporter', 'junit', '--min-coverage', '100']);
    const merged = await runCli(['test', '--merge-reports', blobs, '--reporter', 'junit', '--min-coverage', '100']);
    expect(merged.code).toBe(one.code);
    expect(withoutTimes(merged.stdout)).toBe(withoutTimes(one.stdout));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(Number(/tests="(\d+)"/.exec(one.stdout)?.[1]) - 1);
    const oneJson = JSON.parse((await runCli(['test', 'tests/', '--coverage', '--reporter', 'json'])).stdout);
    const mergedJson = JSON.parse((await runCli(['test', '--merge-reports', blobs, '--coverage', '--reporter', 'json'])).stdout);
    expect(mergedJson.coverage).toEqual(oneJson.coverage);
    const text = await runCli(['test', '--merge-reports', blobs]);
    expect(lastLine(text.stdout)).toBe(lastLine((await runCli(['test', 'tests/'])).stdout));
  });

  it('refuses an incomplete set of blobs, a bad --shard and a missing directory (exit 2)', async () => {
    const dir = tempDir('cfsim-shards-');
    const blobs = join(dir, 'blobs');
    await runCli(['test', 'tests/', '--shard', '1/3', '--blob-dir', blobs]);
    const missing = await runCli(['test', '--merge-reports', blobs]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('shards 2/3, 3/3 missing in');
    const bad = await runCli(['test', 'tests/', '--shard', '5/4']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--shard "5/4": expected k/n with 1 ≤ k ≤ n');
    const none = await runCli(['test', '--merge-reports', join(dir, 'nowhere')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no such directory');
  });
});

describe('cfsim test --grep and only:', () => {
  it('--grep runs the cases whose name contains the text or matches /regex/', async () => {
    const plain = await runCli(['test', 'tests/', '--grep', 'throttled']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('✔ a throttled lookup apologises');
    expect(lastLine(plain.stdout)).toBe('1 passed, 0 failed');
    const regex = await runCli(['test', 'tests/', '--grep', '/^A THROTTLED|chat contact/i']);
    expect(lastLine(regex.stdout)).toBe('2 passed, 0 failed');
    expect(regex.stdout).not.toContain('no case reaches');
  });

  it('--grep refuses a pattern that could take exponential time', async () => {
    const result = await runCli(['test', 'tests/', '--grep', '/(a+)+$/']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('can take exponential time');
  });

  it('only: true runs the marked cases and skips the others', async () => {
    const result = await runCli(['test', 'test/scenario/fixtures/only/only.scenario.yaml']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('○ another case (skipped: not marked only (another case is))');
    expect(lastLine(result.stdout)).toBe('1 passed, 0 failed, 2 skipped');
  });
});
