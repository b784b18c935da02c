// `calls` and `flowAttributes` expectations: what the flow sent outside, in order, and $.FlowAttributes.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const file = 'test/scenario/fixtures/calls/calls.scenario.yaml';

describe('calls and flowAttributes expectations', () => {
  it('match the calls made in order by block, kind, resource (ARN or name), parameters and times', async () => {
    const result = await runCli(['test', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("  ✔ the lookup runs twice with the caller's number, then a task is created\n");
    expect(result.stdout).toContain('      flowAttributes.caller: expected "+1", got "+14255550100"\n');
    expect(result.stdout).toContain(
      '      calls: call 1: lookup sent source "ivr", expected "web"; the run made 3 calls: lookup → lambda order-status, lookup → lambda order-status, task → tasks callback\n',
    );
    expect(result.stdout).toContain('      calls: call 3: one call too many; the run made 3 calls:');
    expect(result.stdout.trimEnd().split('\n').pop()).toBe('1 passed, 2 failed');
  });
});
