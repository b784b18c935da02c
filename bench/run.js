// `npm run bench`: every benchmark, one after the other; each prints its own figures.
// Pass a name to run one: npm run bench -- store
const benches = {
  validate: async () => (await import('./validate.js')).runValidateBench(),
  run: async () => (await import('./run-flow.js')).runFlowBench(),
  scenarios: async () => (await import('./scenarios.js')).runScenarioBench(),
  'start-up': async () => (await import('./start-up.js')).runStartUpBench(),
  store: async () => (await import('./store.js')).runStoreBench(),
  generate: async () => (await import('./generate.js')).runGenerateBench(),
};

const only = process.argv.slice(2);
for (const [name, bench] of Object.entries(benches)) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n== ${name} ==`);
  await bench();
}
