// Everything a run needs from files, checked before the first step: the flow (validated), the
// contact, mocks, the flows it may reach, and the profile store. All problems come back together.
import type { LoadedFlow } from '../flow/types.js';
import type { Diagnostic } from '../validate/diagnostic.js';
import type { ContactSetup } from '../runtime/contact-input.js';
import { contactFromFile } from '../runtime/contact-input.js';
import { NO_FLOWS, scriptedInput, type FlowResolver, type RuntimeDeps } from '../runtime/deps.js';
import { mergeMocks, type Mocks } from '../runtime/mocks.js';
import { blockMockProblems } from './block-mocks.js';
import { CONTACT_FILE, readContactFile } from './contact-file.js';
import { loadFlow, loadReachableFlows } from './flows.js';
import { FLOWS_MAP_CODE, readFlowsMap } from './flows-map.js';
import { unreadableFile, type InputRead } from './input-file.js';
import { InputFileError } from './read-file.js';
import { MOCKS_FILE, readMocksFile } from './mocks-file.js';
import { openProfiles } from './profiles.js';

export interface RunFiles {
  readonly flow: string;
  readonly contact?: string;
  readonly mocks?: string;
  readonly profiles?: string;
  /** A SQLite store file that keeps profiles between runs. */
  readonly store?: string;
  /** A map of flow ARN / id / name → file. */
  readonly flows?: string;
  /** A project's flows and modules by reference (src/load/project-index.ts), absolute paths. */
  readonly flowLookup?: ReadonlyMap<string, string>;
  readonly cwd: string;
  /** The bytes of standard input when `flow` is `-` (the CLI reads them; this layer touches no process). */
  readonly stdin?: Uint8Array;
}

export interface PreparedRun {
  readonly flow: LoadedFlow;
  readonly setup: ContactSetup;
  readonly deps: RuntimeDeps;
  /** Closes the profile store: a --store file gets what the run wrote, all at once (StoreFileError if it cannot). */
  close(): void;
}

export type Preparation = { readonly ok: true; readonly run: PreparedRun } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export async function prepareRun(files: RunFiles): Promise<Preparation> {
  const { cwd } = files;
  const [flow, contact, mocks, map] = await Promise.all([
    loadFlow(files.flow, cwd, files.stdin),
    files.contact ? orUnreadable(CONTACT_FILE.code, readContactFile(files.contact, cwd)) : ok(contactFromFile({})),
    files.mocks ? orUnreadable(MOCKS_FILE.code, readMocksFile(files.mocks, cwd)) : ok<Mocks>({}),
    files.flows ? orUnreadable(FLOWS_MAP_CODE, readFlowsMap(files.flows, cwd)) : ok<Readonly<Record<string, string>>>({}),
  ]);
  const diagnostics = [flow, contact, mocks, map].flatMap((read) => (read.ok ? [] : read.diagnostics));
  if (!flow.ok || !contact.ok || !mocks.ok || !map.ok) return { ok: false, diagnostics };
  const reachable = files.flows || hasTransfers(flow.flow) ? await loadReachableFlows(flow.flow, map.value, cwd, files.flowLookup) : undefined;
  if (reachable && !reachable.ok) return { ok: false, diagnostics: reachable.diagnostics };
  const loaded = reachable?.flows ?? [flow.flow];
  const mockProblems = [
    ...(files.mocks ? blockMockProblems(mocks.value.blocks, { file: files.mocks, code: MOCKS_FILE.code, source: mocks.source, at: ['blocks'] }, loaded) : []),
    ...(files.contact ? blockMockProblems(contact.value.mocks.blocks, { file: files.contact, code: CONTACT_FILE.code, source: contact.source, at: ['mocks', 'blocks'] }, loaded) : []),
  ];
  if (mockProblems.length) return { ok: false, diagnostics: mockProblems };
  // A run's writes to a --store file are one transaction, committed by close(): a kill keeps none of them.
  const profiles = await openProfiles({ ...(files.profiles ? { profiles: files.profiles } : {}), ...(files.store ? { store: files.store } : {}), cwd, commit: 'until-close' });
  if (!profiles.ok) return { ok: false, diagnostics: profiles.diagnostics };
  const merged = mergeMocks(mocks.value, contact.value.mocks);
  const start = merged.clock ? new Date(merged.clock) : new Date();
  const resolver: FlowResolver = reachable?.resolver ?? NO_FLOWS;
  const deps: RuntimeDeps = { profiles: profiles.value, clock: () => start, input: scriptedInput(contact.value.inputs), mocks: merged, flows: resolver };
  return { ok: true, run: { flow: flow.flow, setup: contact.value, deps, close: () => profiles.value.store.close() } };
}

function ok<T>(value: T): InputRead<T> {
  return { ok: true, value };
}

/** An input file that cannot be read is one more problem, in the same form (the profiles file reports its own). */
async function orUnreadable<T>(code: string, read: Promise<InputRead<T>>): Promise<InputRead<T>> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof InputFileError) return { ok: false, diagnostics: [unreadableFile(error, code)] };
    throw error;
  }
}

function hasTransfers(flow: LoadedFlow): boolean {
  return flow.flow.Actions.some((action) => action.Type === 'TransferToFlow' || action.Type === 'InvokeFlowModule');
}
