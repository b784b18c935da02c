// --seed: the ids cfsim makes come from a seed, so the same run prints the same document.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const run = (seed?: string) =>
  runCli(['run', 'flows/greet-caller.yaml', '--contact', 'flows/contacts/unknown-caller.yaml', '--profiles', 'flows/profiles.yaml', '--json', ...(seed ? ['--seed', seed] : [])]);

describe('--seed', () => {
  it('cfsim run --json prints the same document twice, with the seed in it; another seed, another ProfileId', async () => {
    const [first, second, other] = await Promise.all([run(), run(), run('another')]);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const document = JSON.parse(first.stdout);
    expect(document.seed).toBe('cfsim');
    expect(document.customer.ProfileId).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.parse(other.stdout).customer.ProfileId).not.toBe(document.customer.ProfileId);
  });

  it('cfsim test records the seed in its JSON report, and a created profile has the same id in every case', async () => {
    const result = await runCli(['test', 'tests/greet-caller.test.yaml', '--reporter', 'json', '--seed', 'ci-1']);
    expect(JSON.parse(result.stdout).seed).toBe('ci-1');
    const again = await runCli(['test', 'tests/greet-caller.test.yaml', '--reporter', 'json', '--seed', 'ci-1']);
    const strip = (text: string) => text.replace(/"durationMs": [\d.]+/g, '"durationMs": 0');
    expect(strip(again.stdout)).toBe(strip(result.stdout));
  });
});
