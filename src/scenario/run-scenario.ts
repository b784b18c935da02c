// Runs every case of one prepared scenario file against one seeded store. Isolation: the store is
// checkpointed once after seeding and rolled back after each case, so a profile one case creates
// is gone for the next (a SQLite savepoint: far cheaper than seeding 1,000 stores).
import type { LoadedFlow } from '../flow/types.js';
import { contactFromFile, type ContactFile } from '../runtime/contact-input.js';
import { scriptedInput, type RuntimeDeps } from '../runtime/deps.js';
import type { StepEvent } from '../runtime/events.js';
import { seededIds } from '../runtime/ids.js';
import { mergeMocks } from '../runtime/mocks.js';
import { toRunResult } from '../runtime/result.js';
import { runContact } from '../runtime/run.js';
import type { RunResult } from '../runtime/result.js';
import { stepBranchName } from './branch-model.js';
import { recordSteps, type CoverageHits } from './coverage.js';
import { findDivergence } from './divergence.js';
import { checkExpectations, type CheckedResult } from './expectations.js';
import type { PreparedScenario } from './prepare.js';
import type { CaseResult, FileResult, ScenarioCase, ScenarioWarning } from './types.js';
import { describeMock, givenMocks, reached, trackMocks, type GivenMock } from './unreached-mocks.js';

export interface RunScenarioOptions {
  /** Where coverage hits go; absent when coverage is not asked for. */
  readonly hits?: CoverageHits;
  /** Milliseconds for durations (performance.now in the CLI); injected so the runner stays pure. */
  readonly now?: () => number;
  /** Where the ids a run makes come from (a created ProfileId); absent: the store's random ids. */
  readonly seed?: string;
}

export function runScenario(prepared: PreparedScenario, options: RunScenarioOptions = {}): FileResult {
  const now = options.now ?? (() => 0);
  const started = now();
  const fileMocks = prepared.mocks.given;
  const reachedFileMocks = new Set<GivenMock>();
  const store = prepared.profiles.store;
  const checkpoint = store.checkpoint();
  const cases: CaseResult[] = [];
  try {
    for (const scenarioCase of prepared.document.cases) {
      if (scenarioCase.skip !== undefined) {
        cases.push(skipped(scenarioCase));
        continue;
      }
      const caseStarted = now();
      try {
        const outcome = runCase(prepared, scenarioCase, options.hits, options.seed);
        for (const mock of fileMocks) if (reached(mock, outcome.reads)) reachedFileMocks.add(mock);
        cases.push({ ...outcome.result, durationMs: now() - caseStarted });
      } catch (error) {
        // A bug or a broken store, not the flow's doing: this case fails, the others still run.
        cases.push(crashed(scenarioCase, error, now() - caseStarted));
      } finally {
        store.rollbackTo(checkpoint);
      }
    }
  } finally {
    store.rollbackTo(checkpoint);
    store.releaseCheckpoint(checkpoint);
  }
  const warnings = fileMocks.filter((mock) => !reachedFileMocks.has(mock)).map((mock) => warningFor(prepared, mock, 'no case reaches'));
  return { file: prepared.document.file, flow: prepared.flowLabel, cases, warnings, durationMs: now() - started };
}

interface CaseOutcome {
  readonly result: Omit<CaseResult, 'durationMs'>;
  /** The mocks the run read, to tell which of the file's mocks some case reached. */
  readonly reads: ReadonlySet<string>;
}

function runCase(prepared: PreparedScenario, scenarioCase: ScenarioCase, hits: CoverageHits | undefined, seed: string | undefined): CaseOutcome {
  const { result, tracked } = executeCase(prepared, scenarioCase, hits, seed);
  const failures = checkExpectations(scenarioCase.expect, result);
  const divergence = failures.length ? findDivergence(scenarioCase.expect, result) : undefined;
  const caseMocks = givenMocks(scenarioCase.mocks, ['cases', scenarioCase.index, 'mocks']);
  const warnings = caseMocks.filter((mock) => !reached(mock, tracked.reads)).map((mock) => warningFor(prepared, mock, 'the run never reaches'));
  return {
    result: {
      name: scenarioCase.name,
      position: scenarioCase.position,
      status: failures.length ? 'failed' : 'passed',
      failures,
      ...(divergence ? { divergence } : {}),
      steps: result.steps.map((step) => ({ identifier: step.identifier, branch: step.branch })),
      warnings,
    },
    reads: tracked.reads,
  };
}

/** One case's run, what it did (branches named as coverage names them), and the mocks it read. The caller rolls the store back. */
export function executeCase(
  prepared: PreparedScenario,
  scenarioCase: ScenarioCase,
  hits: CoverageHits | undefined,
  seed: string | undefined,
): { readonly result: CheckedResult; readonly tracked: ReturnType<typeof trackMocks> } {
  const setup = contactFromFile(scenarioCase.contact as ContactFile);
  // Most specific last: the file's mocks, the contact's own `mocks`, then the case's.
  const mocks = mergeMocks(mergeMocks(prepared.mocks.value, setup.mocks), scenarioCase.mocks ?? {});
  const start = mocks.clock ? new Date(mocks.clock) : prepared.startTime;
  const tracked = trackMocks(mocks);
  const deps: RuntimeDeps = {
    profiles: { ...prepared.profiles, faults: { ...prepared.profiles.faults, ...scenarioCase.faults } },
    clock: () => start,
    input: scriptedInput(setup.inputs),
    mocks: tracked.mocks,
    flows: prepared.resolver,
    // Per case: the n-th profile a case creates has the same id whichever cases ran before it.
    ...(seed !== undefined ? { ids: seededIds(seed) } : {}),
  };
  const output = runContact(prepared.flow, setup.contact, deps, prepared.runOptions);
  // Branches as coverage names them ("Equals 1", "ContinueLooping"), for expectations and reports.
  const named = withBranchNames(prepared, output.events, toRunResult(output));
  const result: CheckedResult = {
    ...named,
    flowAttributes: output.state.contact.FlowAttributes,
    calls: output.events.flatMap((event) => (event.call ? [{ block: event.identifier, ...event.call }] : [])),
  };
  if (hits) for (const [flow, steps] of stepsByFlow(prepared, output.events)) recordSteps(hits, flow, steps);
  return { result, tracked };
}

function skipped(scenarioCase: ScenarioCase): CaseResult {
  return {
    name: scenarioCase.name,
    position: scenarioCase.position,
    status: 'skipped',
    durationMs: 0,
    failures: [],
    steps: [],
    ...(scenarioCase.skip ? { skipReason: scenarioCase.skip } : {}),
    warnings: [],
  };
}

function crashed(scenarioCase: ScenarioCase, error: unknown, durationMs: number): CaseResult {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    name: scenarioCase.name,
    position: scenarioCase.position,
    status: 'failed',
    durationMs,
    failures: [{ expectation: 'run', message: `the run failed inside cfsim: ${detail}`, expected: 'a run', actual: detail }],
    steps: [],
    warnings: [],
  };
}

function warningFor(prepared: PreparedScenario, mock: GivenMock, verb: string): ScenarioWarning {
  return { message: `${verb} ${describeMock(mock)}`, position: prepared.locate(mock.path) };
}

/** The steps of each flow the run went through (a TransferToFlow or module run changes flows). */
function stepsByFlow(prepared: PreparedScenario, events: readonly StepEvent[]): Map<LoadedFlow, StepEvent[]> {
  const byFlow = new Map<LoadedFlow, StepEvent[]>();
  for (const event of events) {
    const flow = prepared.flowsByName.get(event.flow);
    if (!flow) continue;
    const list = byFlow.get(flow);
    if (list) list.push(event);
    else byFlow.set(flow, [event]);
  }
  return byFlow;
}

/** The run's steps with each Condition branch under its name (branch-model.ts). */
function withBranchNames(prepared: PreparedScenario, events: readonly StepEvent[], result: RunResult): RunResult {
  const steps = result.steps.map((step, index) => {
    const event = events[index];
    if (!event || event.condition === undefined) return step;
    const action = prepared.flowsByName.get(event.flow)?.actionsById.get(event.identifier);
    return { ...step, branch: stepBranchName(action, event) };
  });
  return { ...result, steps };
}
