// Reads what a scenario file names, relative to the scenario file, with the run command's own
// loaders (flow validation, mocks, flows map, profiles fixture): a scenario runs exactly what
// `cfsim run` would. Every problem is a diagnostic; the caller stops before running anything.
import { dirname, relative, resolve } from 'node:path';
import type { DocPath, LoadedFlow, SourceLocator, SourcePosition } from '../flow/types.js';
import type { FlowResolver, ProfilesDeps } from '../runtime/deps.js';
import { blockMockProblems } from '../load/block-mocks.js';
import { loadFlow, loadReachableFlows, type FlowLoad } from '../load/flows.js';
import { InputFileError } from '../load/read-file.js';
import { readMocksFile } from '../load/mocks-file.js';
import { openProfiles } from '../load/profiles.js';
import type { Mocks } from '../runtime/mocks.js';
import type { RunOptions } from '../runtime/run.js';
import type { Diagnostic } from '../validate/diagnostic.js';
import { unknownBranches, unknownIdentifiers } from './check-identifiers.js';
import { at, ScenarioCode, type ScenarioSource } from './load.js';
import type { ScenarioDocument } from './types.js';
import { givenMocks, type GivenMock } from './unreached-mocks.js';

export interface PreparedScenario {
  readonly document: ScenarioDocument;
  locate(path: DocPath): SourcePosition;
  readonly flow: LoadedFlow;
  /** The flow's path relative to the current directory, for reports. */
  readonly flowLabel: string;
  /** The flow and every flow or module it may reach, for coverage. */
  readonly flows: readonly LoadedFlow[];
  /** The same by the name steps carry (StepEvent.flow). */
  readonly flowsByName: ReadonlyMap<string, LoadedFlow>;
  readonly resolver: FlowResolver;
  /** The seeded store, the fixture's `enabled` and `faults`. The caller closes the store. */
  readonly profiles: ProfilesDeps;
  /** The file's mocks, and each keyed mock in them (to warn about those no case reaches). */
  readonly mocks: { readonly value: Mocks; readonly given: readonly GivenMock[] };
  /** When contacts start unless mocks.clock says otherwise: one moment for the whole file. */
  readonly startTime: Date;
  readonly runOptions: RunOptions;
}

type Failed = { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export type Prepared = { readonly ok: true; readonly scenario: PreparedScenario; readonly warnings: readonly Diagnostic[] } | Failed;

/** Flows by absolute path, shared by the scenario files of one `cfsim test`: each is read and validated once. */
export type FlowCache = Map<string, Promise<FlowLoad>>;

export interface PrepareContext {
  readonly cwd: string;
  /** A project's defaults (docs/projects.md): for a scenario file that names no mocks or profiles, and its flows by reference. */
  readonly project?: { readonly mocks?: string; readonly profiles?: string; readonly flowLookup?: ReadonlyMap<string, string> };
  readonly flowCache: FlowCache;
  readonly startTime: Date;
}

export async function prepareScenario(source: ScenarioSource, context: PrepareContext): Promise<Prepared> {
  const references = source.references;
  if (!references) return { ok: false, diagnostics: source.diagnostics };
  const { cwd } = context;
  const dir = dirname(resolve(cwd, references.file));
  const fromCwd = (path: string): string => relative(cwd, resolve(dir, path)) || '.';
  /**
   * A file that cannot be read is reported at the key that names it; one with problems, in its own
   * file, plus a line at that key so the scenario file says why none of its cases run.
   */
  const read = async <T extends { readonly ok: true }>(path: DocPath, load: () => Promise<T | Failed>): Promise<T | Failed> => {
    const position = source.locator.locate(path);
    let result: T | Failed;
    try {
      result = await load();
    } catch (error) {
      if (!(error instanceof InputFileError)) throw error;
      const fix = `paths in a scenario file are relative to it (${relative(cwd, dir) || '.'})`;
      return { ok: false, diagnostics: [at(references.file, position, path, ScenarioCode.Reference, error.message, fix)] };
    }
    if (result.ok) return result;
    const files = [...new Set(result.diagnostics.map((diagnostic) => diagnostic.file))].join(', ');
    const count = result.diagnostics.length;
    const message = `${String(path[0])}: ${files} has ${count} error${count === 1 ? '' : 's'}, so no case of this file can run`;
    return { ok: false, diagnostics: [at(references.file, position, path, ScenarioCode.Reference, message), ...result.diagnostics] };
  };

  // Every file is read even when another one, or the scenario file itself, has problems: one run reports them all.
  const flowFile = fromCwd(references.flow);
  // Paths from the project are absolute: resolve(dir, absolute) keeps them.
  const mocksFile = references.mocks ?? context.project?.mocks;
  const profilesFile = references.profiles ?? context.project?.profiles;
  const [flow, profiles, mocks] = await Promise.all([
    read(['flow'], () => cachedFlow(context.flowCache, resolve(cwd, flowFile), () => loadFlow(flowFile, cwd))),
    read(['profiles'], () => openProfiles({ ...(profilesFile ? { profiles: fromCwd(profilesFile) } : {}), cwd })),
    typeof mocksFile === 'string' ? read(['mocks'], () => readMocksFile(fromCwd(mocksFile), cwd)) : inline(mocksFile),
  ]);
  const map = Object.fromEntries(Object.entries(references.flows).map(([key, path]) => [key, resolve(dir, path)]));
  const reachable = flow.ok ? await read(['flows'], () => loadReachableFlows(flow.flow, map, cwd, context.project?.flowLookup)) : undefined;
  const scenario = source.scenario;
  const warnings = scenario && reachable?.ok ? unknownIdentifiers(scenario, reachable.flows, source.locator) : [];
  // A blocks: mock naming a block or branch the flows lack: the file's mocks, then each case's.
  const mockProblems: Diagnostic[] = [];
  if (scenario && reachable?.ok && mocks.ok) {
    const inFile = { file: references.file, code: ScenarioCode.Schema, source: source.locator };
    const fileMocks = typeof mocksFile === 'string'
      ? { file: fromCwd(mocksFile), code: 'RUN002', source: 'source' in mocks ? mocks.source : undefined, at: ['blocks'] }
      : { ...inFile, at: ['mocks', 'blocks'] };
    mockProblems.push(...blockMockProblems(mocks.value.blocks, fileMocks, reachable.flows));
    for (const item of scenario.cases) mockProblems.push(...blockMockProblems(item.mocks?.blocks, { ...inFile, at: ['cases', item.index, 'mocks', 'blocks'] }, reachable.flows));
  }
  if (scenario && reachable?.ok) mockProblems.push(...unknownBranches(scenario, reachable.flows, source.locator));

  if (!scenario || source.diagnostics.some(isError) || !flow.ok || !reachable?.ok || !profiles.ok || !mocks.ok || mockProblems.length) {
    if (profiles.ok) profiles.value.store.close();
    const problems = [flow, reachable, profiles, mocks].flatMap((result) => (result && !result.ok ? result.diagnostics : []));
    return { ok: false, diagnostics: [...source.diagnostics, ...problems, ...mockProblems, ...warnings] };
  }
  const locator: SourceLocator = source.locator;
  return {
    ok: true,
    warnings: [...source.diagnostics, ...warnings],
    scenario: {
      document: scenario,
      locate: (path) => locator.locate(path, { key: true }),
      flow: flow.flow,
      flowLabel: flow.flow.file,
      flows: reachable.flows,
      flowsByName: new Map(reachable.flows.map((loaded) => [loaded.name, loaded])),
      resolver: reachable.resolver,
      profiles: profiles.value,
      mocks: { value: mocks.value, given: givenMocks(mocks.value, ['mocks']) },
      startTime: context.startTime,
      runOptions: scenario.maxSteps !== undefined ? { maxSteps: scenario.maxSteps } : {},
    },
  };
}

function isError(diagnostic: Diagnostic): boolean {
  return diagnostic.severity === 'error';
}

function inline(mocks: Mocks | undefined): { readonly ok: true; readonly value: Mocks } {
  return { ok: true, value: mocks ?? {} };
}

function cachedFlow(cache: FlowCache, path: string, load: () => Promise<FlowLoad>): Promise<FlowLoad> {
  let loading = cache.get(path);
  if (!loading) cache.set(path, (loading = load()));
  return loading;
}
