// Whole-process time of each command CI runs, on the bundled examples, against a bare `node -e 0`:
// what a CI job pays per call before any work of its own.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(root, 'bin', 'cfsim.js');
const RUNS = 15;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median wall time of `node args` over `runs` runs, in ms; every run must exit 0. */
export function timeProcess(args, runs = RUNS) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stdout}${result.stderr}`);
  }
  return median(times);
}

/** A bare Node start, after a few runs to warm the file cache. */
export function bareNode() {
  timeProcess(['-e', '0'], 3);
  return timeProcess(['-e', '0']);
}

export async function runStartUpBench() {
  const example = ['flows/greet-caller.yaml', '--contact', 'flows/contacts/known-caller.yaml', '--profiles', 'flows/profiles.yaml'];
  const commands = [
    ['--version'],
    ['validate', 'flows/greet-caller.yaml'],
    ['run', ...example],
    ['test', 'tests'],
  ];
  const bare = bareNode();
  console.log(`start-up: bare node -e 0: ${bare.toFixed(1)} ms`);
  for (const args of commands) {
    const ms = timeProcess([BIN, ...args]);
    console.log(`start-up: cfsim ${args.join(' ')}: ${ms.toFixed(1)} ms (${(ms / bare).toFixed(2)}×)`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runStartUpBench();
