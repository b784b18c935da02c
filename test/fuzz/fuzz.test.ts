// A short fuzz run in every `npm test` (a fixed seed, a few hundred inputs) and the replay of every
// input that ever failed. `npm run fuzz` runs the long campaign (campaign.fuzz.ts). docs/robustness.md.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzInput } from './inputs.js';
import { judge, regressions, saveRegression, snapshotPrototypes } from './judge.js';

const dir = join(mkdtempSync(join(tmpdir(), 'cfsim-fuzz-')), 'input');
const snapshot = snapshotPrototypes();

describe('fuzzed flows, contacts, mocks, profiles and scenario files', () => {
  it('every input ends with a result or diagnostics, in time, and leaves the prototypes clean', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? 20_261_204);
    const failures: string[] = [];
    // fc.check, not fc.assert: a counterexample can be megabytes; the saved file holds it.
    const outcome = await fc.check(
      fc.asyncProperty(fuzzInput, async (input) => {
        const judged = await judge(input, dir, snapshot);
        if (!judged.ok) failures.push(`${judged.why}\n(saved as test/fuzz/regressions/${saveRegression(input, judged.why)})`);
        return judged.ok;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200), seed, endOnFailure: true },
    );
    expect(outcome.failed ? failures.join('\n') : 'no failure').toBe('no failure');
  }, 120_000);

  it.each(regressions().map((regression) => [regression.name, regression] as const))('regression %s still ends cleanly', async (_name, regression) => {
    const judged = await judge(regression.input, dir, snapshot);
    expect(judged.ok ? 'ok' : judged.why).toBe('ok');
  });
});
