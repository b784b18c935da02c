// cfsim test --generate: cases for the branches no case takes, written beside the scenario (never
// into it), confirmed by their own run; a second run adds nothing; unreachable branches are named.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

function copyExamples(): string {
  const dir = tempDir('cfsim-generate-');
  cpSync(join(ROOT, 'flows'), join(dir, 'flows'), { recursive: true });
  cpSync(join(ROOT, 'tests'), join(dir, 'tests'), { recursive: true });
  return dir;
}

describe('cfsim test --generate', () => {
  it('writes a passing case per untaken branch to <name>.generated.test.yaml, leaves the hand-written file alone, and adds nothing the second time', async () => {
    const dir = copyExamples();
    const handWritten = readFileSync(join(dir, 'tests/greet-caller.test.yaml'), 'utf8');
    const first = await runCli(['test', '--generate', 'tests/greet-caller.test.yaml'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('tests/greet-caller.test.yaml: 8 cases added to tests/greet-caller.generated.test.yaml');
    expect(first.stdout).toContain('  + transfer takes NoMatchingError');
    expect(first.stdout).toContain('  check-tier (Compare) Success: Compare routes by its conditions: the runtime never follows its NextAction');
    expect(readFileSync(join(dir, 'tests/greet-caller.test.yaml'), 'utf8')).toBe(handWritten);
    const generated = readFileSync(join(dir, 'tests/greet-caller.generated.test.yaml'), 'utf8');
    expect(generated).toContain('flow: ../flows/greet-caller.yaml');
    expect(generated).toContain('      branches:\n        transfer: NoMatchingError\n');
    const run = await runCli(['test', 'tests/greet-caller.test.yaml', 'tests/greet-caller.generated.test.yaml', '--coverage', '--reporter', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.coverage.flows[0].branches.percent).toBe(100);
    expect(report.coverage.flows[0].faultBranches.percent).toBe(100);
    const second = await runCli(['test', '--generate', 'tests/greet-caller.test.yaml'], { cwd: dir });
    expect(second.stdout).toContain('every reachable branch is taken; nothing added');
    expect(readFileSync(join(dir, 'tests/greet-caller.generated.test.yaml'), 'utf8')).toBe(generated);
  });

  it('from a flow alone (no profiles): a chat contact, an unknown caller, forced branches, each confirmed', async () => {
    const dir = copyExamples();
    const result = await runCli(['test', '--generate', 'flows/search-criteria.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    const generated = readFileSync(join(dir, 'flows/search-criteria.generated.test.yaml'), 'utf8');
    expect(generated).toContain('Channel: CHAT');
    expect(generated).toContain('name: find-account takes NoneFoundError');
    const run = await runCli(['test', 'flows/search-criteria.generated.test.yaml', '--min-coverage', '100'], { cwd: dir });
    expect(run.code).toBe(0);
  });
});
