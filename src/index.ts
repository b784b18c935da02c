// cfsim as a library: load a flow, build a profile store from a fixture, run contacts, and get
// the same result object `cfsim run --json` prints (docs/running-flows.md, "Library API").
import type { LoadedFlow } from './flow/types.js';
import { contactFromFile, type ContactFile } from './runtime/contact-input.js';
import { DEFAULT_ACCOUNT_ID, NO_FLOWS, scriptedInput, type FlowResolver, type ProfilesDeps } from './runtime/deps.js';
import { loadFlow as loadFlowFile, loadReachableFlows } from './load/flows.js';
import { readFlowsMap } from './load/flows-map.js';
import { openProfiles } from './load/profiles.js';
import { prepareRun, type RunFiles } from './load/prepare.js';
import { mergeMocks, type Mocks } from './runtime/mocks.js';
import { toRunResult, type RunResult } from './runtime/result.js';
import { runContact } from './runtime/run.js';
import { openSqliteStore } from './store/sqlite-store.js';
import type { Diagnostic } from './validate/diagnostic.js';

export type { ContactFile } from './runtime/contact-input.js';
export type { ContactData } from './runtime/contact.js';
export type { FlowResolver, InputSource, ProfilesDeps, RuntimeDeps } from './runtime/deps.js';
export type { StepEvent } from './runtime/events.js';
export type { Mocks } from './runtime/mocks.js';
export type { Outcome } from './runtime/outcome.js';
export type { RunResult, RunStepResult } from './runtime/result.js';
export type { RunState } from './runtime/state.js';
export type { RunFiles } from './load/prepare.js';
export type { LoadedFlow } from './flow/types.js';
export type { ProfileStore } from './store/types.js';
export type { Diagnostic } from './validate/diagnostic.js';
export { step } from './runtime/step.js';
export { runContact, startRun } from './runtime/run.js';
export { toRunResult } from './runtime/result.js';
export { contactFromFile } from './runtime/contact-input.js';
export { scriptedInput } from './runtime/deps.js';
export { openSqliteStore } from './store/sqlite-store.js';
export { InputFileError } from './load/read-file.js';

/** An input file was wrong (the CLI's exit 2): every problem, with file:line:col and a fix. */
export class CfsimInputError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`).join('\n'));
    this.name = 'CfsimInputError';
  }
}

/** A validated flow and the flows and modules it can transfer to or invoke. */
export interface FlowSet {
  readonly flow: LoadedFlow;
  readonly flows: FlowResolver;
}

export interface LoadFlowOptions {
  readonly cwd?: string;
  /** A --flows map file (ARN, id or name → file). */
  readonly flows?: string;
}

/** Reads and validates a flow (YAML or JSON, plain or exported) and what it reaches. */
export async function loadFlow(file: string, options: LoadFlowOptions = {}): Promise<FlowSet> {
  const cwd = options.cwd ?? process.cwd();
  const loaded = await loadFlowFile(file, cwd);
  if (!loaded.ok) throw new CfsimInputError(loaded.diagnostics);
  const map = options.flows ? await readFlowsMap(options.flows, cwd) : { ok: true as const, value: {} };
  if (!map.ok) throw new CfsimInputError(map.diagnostics);
  const reachable = await loadReachableFlows(loaded.flow, map.value, cwd);
  if (!reachable.ok) throw new CfsimInputError(reachable.diagnostics);
  return { flow: loaded.flow, flows: reachable.resolver };
}

/** A profile store (SQLite, in memory unless `store` names a file) seeded from a fixture file. */
export async function openProfileStore(options: { profiles?: string; store?: string; cwd?: string } = {}): Promise<ProfilesDeps> {
  const opened = await openProfiles({ ...options, cwd: options.cwd ?? process.cwd() });
  if (!opened.ok) throw new CfsimInputError(opened.diagnostics);
  return opened.value;
}

export interface RunFlowOptions {
  /** The store and its settings; an empty in-memory store when absent. */
  readonly profiles?: ProfilesDeps;
  /** Mocks under the contact's own `mocks` (which win key by key). */
  readonly mocks?: Mocks;
  readonly maxSteps?: number;
  /** When the contact starts, unless the mocks give a clock. Default: now. */
  readonly now?: Date;
}

/** Runs one contact (the contact file's shape) through a loaded flow. One FlowSet runs many contacts. */
export function runFlow(set: FlowSet | LoadedFlow, contact: ContactFile = {}, options: RunFlowOptions = {}): RunResult {
  const { flow, flows } = 'flows' in set ? set : { flow: set, flows: NO_FLOWS };
  const setup = contactFromFile(contact);
  const mocks = mergeMocks(options.mocks ?? {}, setup.mocks);
  const start = mocks.clock ? new Date(mocks.clock) : (options.now ?? new Date());
  const profiles = options.profiles ?? { store: openSqliteStore(), enabled: true, faults: {}, accountId: DEFAULT_ACCOUNT_ID };
  const deps = { profiles, clock: () => start, input: scriptedInput(setup.inputs), mocks, flows };
  return toRunResult(runContact(flow, setup.contact, deps, options.maxSteps === undefined ? {} : { maxSteps: options.maxSteps }));
}

/** The whole `cfsim run` from files, in process: the result `--json` prints. */
export async function runFlowFiles(files: Omit<RunFiles, 'cwd'> & { cwd?: string; maxSteps?: number }): Promise<RunResult> {
  const { maxSteps, ...rest } = files;
  const prepared = await prepareRun({ ...rest, cwd: files.cwd ?? process.cwd() });
  if (!prepared.ok) throw new CfsimInputError(prepared.diagnostics);
  try {
    return toRunResult(runContact(prepared.run.flow, prepared.run.setup.contact, prepared.run.deps, maxSteps === undefined ? {} : { maxSteps }));
  } finally {
    prepared.run.close();
  }
}
