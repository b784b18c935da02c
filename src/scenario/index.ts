// Scenario tests as a library: read a *.test.yaml, prepare what it names, run its cases, measure
// coverage. `cfsim test` (src/cli/commands/test-action.ts) is these calls plus the reporters.
export { parseScenarioText, readScenarioFile, ScenarioCode, type ScenarioSource } from './load.js';
export { prepareScenario, type FlowCache, type Prepared, type PreparedScenario, type PrepareContext } from './prepare.js';
export { runScenario, type RunScenarioOptions } from './run-scenario.js';
export { checkExpectations } from './expectations.js';
export { findDivergence } from './divergence.js';
export {
  coverageOf, meetsMinimum, percent, recordSteps, PROFILE_BLOCK_TYPES,
  type BlockCoverage, type BranchCoverage, type CoverageHits, type CoverageReport, type FlowCoverage, type Ratio,
} from './coverage.js';
export { totalsOf } from './types.js';
export type * from './types.js';
