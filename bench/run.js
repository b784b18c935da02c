// `npm run bench`: every benchmark, one after the other, each figure printed beside its target.
//   npm run bench -- validate start-up     only these parts (validate, start-up, run, scenarios, store, noise)
//   npm run bench -- --check               exit 1 when a figure misses its target by more than the
//                                          machine's noise (NOISE_MARGIN in bench/measure.js; --margin=0.25
//                                          sets another)
// `store` builds a store of 1,000,000 profiles (a few minutes); `noise` is not in the default run.
import { cpus } from 'node:os';
import { NOISE_MARGIN, loadPerCore, missedTargets } from './measure.js';

const benches = {
  validate: async () => (await import('./validate.js')).runValidateBench(),
  'start-up': async () => (await import('./start-up.js')).runStartUpBench(),
  run: async () => (await import('./run-flow.js')).runFlowBench(),
  scenarios: async () => (await import('./scenarios.js')).runScenarioBench(),
  store: async () => (await import('./store.js')).runStoreBench(),
  inputs: async () => (await import('./inputs.js')).runInputsBench(),
  noise: async () => (await import('./noise.js')).runNoiseBench(),
  generate: async () => (await import('./generate.js')).runGenerateBench(),
};
const BY_DEFAULT = Object.keys(benches).filter((name) => name !== 'noise');

const args = process.argv.slice(2);
const check = args.includes('--check');
const marginArg = args.find((arg) => arg.startsWith('--margin='));
const margin = marginArg ? Number(marginArg.slice('--margin='.length)) : NOISE_MARGIN;
const names = args.filter((arg) => !arg.startsWith('--'));
const unknown = [...names.filter((name) => !(name in benches)), ...args.filter((arg) => arg.startsWith('--') && arg !== '--check' && arg !== marginArg)];
if (unknown.length || !(margin >= 0)) {
  console.error(`bench: unknown ${unknown.join(', ') || `margin ${marginArg}`}\n  fix: name parts among ${Object.keys(benches).join(', ')}; options --check, --margin=0.15`);
  process.exit(2);
}

const cores = cpus().length;
console.log(`Node ${process.version}, ${cores} cores, load ${loadPerCore(cores).toFixed(2)} per core at the start`);
for (const name of names.length ? names : BY_DEFAULT) {
  console.log(`\n== ${name} ==`);
  await benches[name]();
}

const load = loadPerCore(cores);
console.log(`\nload ${load.toFixed(2)} per core at the end${load > 0.5 ? ': other work shared the machine, every figure is inflated' : ''}`);
if (check) {
  const missed = missedTargets(margin);
  if (missed.length) {
    console.log(`bench --check: ${missed.length} figure(s) missed the target by more than ${(margin * 100).toFixed(0)}%:`);
    for (const { bench, what, value, target } of missed) console.log(`  ${bench}: ${what.trim()}: ${value.toFixed(2)}, target ${target.max !== undefined ? `≤ ${target.max}` : `≥ ${target.min}`}`);
    process.exitCode = 1;
  } else {
    console.log(`bench --check: every target met, within a ${(margin * 100).toFixed(0)}% margin for the machine's noise`);
  }
}
