// Issue 12's reproducers for bounded work, as real processes: each ends within 2 s with a clear
// message and exit 0, 1 or 2, never an internal error, a huge trace or a crash.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProcess, type CliResult } from '../helpers/cli.js';

const DIR = join('test', 'fixtures', 'limits');
const at = (file: string): string => join(DIR, file);

function timed(args: readonly string[]): CliResult & { readonly seconds: number } {
  const started = performance.now();
  const result = runProcess(args);
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

function expectClean(result: CliResult): void {
  expect(result.stderr).not.toMatch(/internal error|Invalid string length|Invalid time value|primitive value/);
  expect([0, 1, 2]).toContain(result.code);
}

describe('bounded runs (issue 12)', () => {
  it('a loop that doubles an attribute takes the Error branch at 32 KB instead of printing 300 MB', () => {
    const result = timed(['run', at('doubling-attribute.yaml'), '--max-steps', '26']);
    expectClean(result);
    expect(result.code).toBe(0);
    // Doubling "x" gives 2^n - 1 characters: with the key "a", 2^15 bytes is the last that fits.
    expect(result.stdout).toMatch(/16 {2}double +UpdateContactAttributes +NoMatchingError → done/);
    expect(result.stdout).toContain('NoMatchingError: the contact attributes would take 65,536 bytes, more than the 32,768 bytes Amazon Connect allows; nothing was set');
    expect(result.stdout).toContain('Disconnected after 17 steps');
    // Every printed value is cut with a marker: the whole trace stays small.
    expect(result.stdout).toContain('more characters; --json prints all)');
    expect(result.stdout.length).toBeLessThan(60_000);
    // CI machines are slower than a laptop: the 2 s of the issue, with room for node's start-up.
    expect(result.seconds).toBeLessThan(4);
  });

  it('--json keeps the whole value, still bounded by the 32 KB limit', () => {
    const result = runProcess(['run', at('doubling-attribute.yaml'), '--max-steps', '26', '--json']);
    expectClean(result);
    const json = JSON.parse(result.stdout) as { attributes: { a: string } };
    expect(json.attributes.a).toHaveLength(2 ** 15 - 1);
  });

  it('a static Wait past 7 days is a validate error with the limit and the fix, and run refuses the flow', () => {
    const validate = timed(['validate', at('wait-too-long.yaml')]);
    expectClean(validate);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(/wait-too-long\.yaml:6:\d+ +error +FLOW005 +w: TimeoutSeconds 9000000000000 is not from 1 to 604800 seconds/);
    expect(validate.stdout).toContain('fix: set TimeoutSeconds to a whole number of seconds from 1 to 604800');
    const run = timed(['run', at('wait-too-long.yaml'), '--mocks', at('hours-mocks.yaml')]);
    expectClean(run);
    expect(run.code).toBe(1); // the flow is invalid: run refuses it
    expect(run.seconds).toBeLessThan(4);
  });

  it('a dynamic Wait past 7 days takes NoMatchingError, then the schedule mock is never read with an invalid date', () => {
    const result = timed(['run', at('wait-dynamic.yaml'), '--contact', at('wait-dynamic.contact.yaml'), '--mocks', at('hours-mocks.yaml')]);
    expectClean(result);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 {2}w +Wait +NoMatchingError → done/);
    expect(result.stdout).toContain('the timeout "9000000000000" is not a whole number of seconds from 1 to 604800 (7 days)');
    expect(result.seconds).toBeLessThan(4);
  });

  it('a Compare whose operand or operator is an object is a diagnostic in validate, run and test', () => {
    for (const args of [
      ['validate', at('object-operand.yaml')],
      ['run', at('object-operand.yaml')],
      ['test', at('object-operand.test.yaml')],
    ]) {
      const result = timed(args);
      expectClean(result);
      expect(result.code).toBe(args[0] === 'test' ? 2 : 1);
      expect(`${result.stdout}${result.stderr}`).toMatch(/object-operand\.yaml:11:\d+ +error +FLOW005 .*Operands\[0\]: must be a string, not an object/);
    }
  });

  it('a YAML key that is a list is a diagnostic, and yaml prints no warning of its own (found by fuzzing)', () => {
    const result = runProcess(['run', 'flows/greet-caller.yaml', '--contact', at('collection-key.contact.yaml')]);
    expectClean(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/collection-key\.contact\.yaml:1:1 +error +RUN001 +the file: unknown key "\[ 1 \]"/);
    expect(result.stderr).not.toContain('Keys with collection values');
  });
});
