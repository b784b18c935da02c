// Runs the CLI in process (fast, most tests) or as a real process (exit codes, start-up, TTY-less output).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'cfsim.js');

export async function runCli(args: readonly string[], options: { cwd?: string; isTTY?: boolean; env?: Record<string, string> } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTTY: options.isTTY ?? false,
    stdinIsTTY: options.isTTY ?? false,
    color: false,
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** The built binary (dist/, made by `npm test`'s build step), as CI and users run it. */
export function runProcess(args: readonly string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    // FORCE_COLOR from the shell would win over NO_COLOR (as in Node): a test that wants it sets it.
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
