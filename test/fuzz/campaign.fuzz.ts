// The long fuzz campaign (`npm run fuzz`): FUZZ_INPUTS inputs (100,000 by default) from a random
// seed, every failure saved to regressions/ and counted, the figures printed at the end. Not part of
// `npm test` (vitest.fuzz.config.ts runs it); docs/robustness.md has the last figures.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { fuzzInput } from './inputs.js';
import { judge, prototypeChange, saveRegression, snapshotPrototypes } from './judge.js';

const TOTAL = Number(process.env.FUZZ_INPUTS ?? 100_000);
const BATCH = 500;
/** The figures so far, rewritten after every batch: a long run can be watched, or stopped and still reported. */
const REPORT = process.env.FUZZ_REPORT ?? join(tmpdir(), 'cfsim-fuzz-report.json');

it(`${TOTAL} fuzzed inputs end with a result or diagnostics, in time, with clean prototypes`, async () => {
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  const root = mkdtempSync(join(tmpdir(), 'cfsim-fuzz-'));
  const dir = join(root, 'input');
  const snapshot = snapshotPrototypes();
  const started = performance.now();
  const counts = { inputs: 0, results: 0, diagnostics: 0, failures: 0, memory: 0, files: 0 };
  const failures = new Map<string, { count: number; saved: string }>();
  let slowest = 0;
  try {
    for (let batch = 0; counts.inputs < TOTAL; batch++) {
      const inputs = fc.sample(fuzzInput, { numRuns: Math.min(BATCH, TOTAL - counts.inputs), seed: seed + batch });
      // A change made while generating is the fuzzer's own bug, not cfsim's: stop at once.
      const generated = prototypeChange(snapshot);
      if (generated) throw new Error(`generating batch ${batch} changed a prototype: ${generated}`);
      for (const input of inputs) {
        const judged = await judge(input, dir, snapshot);
        counts.inputs++;
        counts[input.via]++;
        slowest = Math.max(slowest, judged.ms);
        if (judged.ok) counts[judged.ended === 'result' ? 'results' : 'diagnostics']++;
        else {
          counts.failures++;
          const kind = judged.why.split('\n')[0] ?? judged.why;
          const seen = failures.get(kind);
          if (seen) seen.count++;
          else failures.set(kind, { count: 1, saved: saveRegression(input, judged.why) });
        }
      }
      writeReport({ seed, ...counts, distinct: failures.size, seconds: Math.round((performance.now() - started) / 1000), slowestMs: Math.round(slowest), failureKinds: Object.fromEntries([...failures].map(([kind, { count, saved }]) => [kind, { count, saved }])) });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  const lines = [
    `cfsim fuzz: seed ${seed}`,
    `inputs ${counts.inputs} (${counts.memory} in memory, ${counts.files} through files): ${counts.results} ran to a result, ${counts.diagnostics} ended with diagnostics`,
    `failures ${counts.failures} (${failures.size} distinct)`,
    ...[...failures].map(([kind, { count, saved }]) => `  ${count} × ${kind} (test/fuzz/regressions/${saved})`),
    `time ${seconds.toFixed(0)} s (${((seconds * 1000) / counts.inputs).toFixed(1)} ms an input; slowest ${slowest.toFixed(0)} ms)`,
  ];
  console.log(lines.join('\n'));
  expect(counts.failures).toBe(0);
});

function writeReport(figures: Record<string, unknown>): void {
  writeFileSync(`${REPORT}.tmp`, `${JSON.stringify(figures, null, 1)}\n`);
  renameSync(`${REPORT}.tmp`, REPORT);
}
