// What every benchmark shares: timing whole processes, medians, and figures printed beside their targets.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'cfsim.js');

/**
 * How far past its target a figure may land before `--check` fails, as a fraction of the target: above
 * the run-to-run spread of the medians on our 2-core machine when it is otherwise idle. `npm run bench
 * -- noise` measures that spread (README, Performance: 23 to 46% with the machine shared, load 5.4 per
 * core); `--margin=0.25` sets another.
 */
export const NOISE_MARGIN = 0.15;

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One `node args` process, its wall time in ms; it must exit with `expectCode` (or one of them). */
function timeOnce({ args, cwd = ROOT, env, expectCode = 0 }) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (![expectCode].flat().includes(result.status)) {
    throw new Error(`node ${args.join(' ')} exited ${result.status ?? result.signal}, expected ${expectCode}:\n${(result.stdout + result.stderr).slice(0, 2000)}`);
  }
  return ms;
}

/**
 * Median wall time (ms) of each command, started as a user would: a new `node` process each time.
 * The commands take turns (one run of each, `runs` times), so a spell of load from elsewhere falls on
 * all of them alike and their ratios hold; `warmUp` runs of each first fill the file cache (and Node's
 * compile cache, where one is on). Returns the medians in the order of `commands`.
 */
export function timeProcesses(commands, { runs = 15, warmUp = 2 } = {}) {
  const times = commands.map(() => []);
  for (let round = 0; round < warmUp; round++) for (const command of commands) timeOnce(command);
  for (let round = 0; round < runs; round++) commands.forEach((command, index) => times[index].push(timeOnce(command)));
  return times.map(median);
}

export const bareNode = { args: ['-e', '0'] };

export const nodeMajor = () => `Node ${process.versions.node.split('.')[0]}`;

const figures = [];

/**
 * Prints one figure beside its target, and keeps it for `--check`.
 * - `what`: what was measured, plainly: "one cold process" for a whole `cfsim` process as a user starts
 *   it; anything else says what it is (in one process, after warm-up, ...).
 * - `target`: `{ max }` or `{ min }` in the figure's unit, or undefined for a figure shown for information.
 */
export function report(bench, what, value, unit, target, note = '') {
  const figure = { bench, what, value, unit, target };
  figures.push(figure);
  const shown = `${format(value, unit)}`.padStart(12);
  const aim = target ? `target ${target.max !== undefined ? `≤ ${format(target.max, unit)}` : `≥ ${format(target.min, unit)}`}` : 'no target';
  console.log(`${bench.padEnd(9)} ${shown}  ${aim.padEnd(20)} ${what}${note ? ` (${note})` : ''}`);
  return value;
}

function format(value, unit) {
  const digits = unit === '×' || unit === 'µs' ? 2 : unit === 'ms' && value < 100 ? 1 : 0;
  const number = value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return unit === '×' ? `${number}×` : `${number} ${unit}`;
}

/** The figures that missed their target by more than `margin` (a fraction of the target). */
export function missedTargets(margin) {
  return figures.filter(({ value, target }) => {
    if (!target) return false;
    if (target.max !== undefined) return value > target.max * (1 + margin);
    return value < target.min / (1 + margin);
  });
}

/** The 1-minute load average per core: above about 1, other work inflates every figure. */
export const loadPerCore = (cores) => loadavg()[0] / cores;
