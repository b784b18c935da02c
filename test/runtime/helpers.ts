// Builders for runtime and block tests: a flow from actions, a contact, deps with the real
// SQLite store in memory (no fake store), scripted inputs and mocks.
import type { FlowAction, LoadedFlow } from '../../src/flow/types.js';
import { contactFromFile, type ContactFile } from '../../src/runtime/contact-input.js';
import type { ContactData } from '../../src/runtime/contact.js';
import { DEFAULT_ACCOUNT_ID, NO_FLOWS, scriptedInput, type FlowResolver, type ProfilesDeps, type RuntimeDeps } from '../../src/runtime/deps.js';
import type { Mocks } from '../../src/runtime/mocks.js';
import type { BlockContext } from '../../src/runtime/outcome.js';
import { initialState, type RunState } from '../../src/runtime/state.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { ProfileStore } from '../../src/store/types.js';

export type ActionSpec = Partial<FlowAction> & Pick<FlowAction, 'Identifier' | 'Type'>;

export function action(spec: ActionSpec): FlowAction {
  return { Parameters: {}, Transitions: {}, ...spec };
}

export function loadedFlow(actions: readonly ActionSpec[], options: { name?: string; start?: string } = {}): LoadedFlow {
  const list = actions.map(action);
  const name = options.name ?? 'test-flow';
  return {
    file: `${name}.yaml`,
    name,
    flow: { Version: '2019-10-30', StartAction: options.start ?? list[0]?.Identifier ?? '', Actions: list },
    actionsById: new Map(list.map((item) => [item.Identifier, item])),
    source: { locate: () => ({ line: 1, column: 1 }) },
  };
}

export function contact(file: ContactFile = {}): ContactData {
  return contactFromFile(file).contact;
}

export interface DepsOptions {
  readonly store?: ProfileStore;
  readonly mocks?: Mocks;
  readonly inputs?: readonly (string | null)[];
  readonly profiles?: Partial<Omit<ProfilesDeps, 'store'>>;
  readonly clock?: string;
  readonly flows?: FlowResolver;
}

export function deps(options: DepsOptions = {}): RuntimeDeps {
  const start = new Date(options.clock ?? '2024-05-06T16:00:00Z');
  return {
    profiles: { store: options.store ?? openSqliteStore(), enabled: true, faults: {}, accountId: DEFAULT_ACCOUNT_ID, ...options.profiles },
    clock: () => start,
    input: scriptedInput(options.inputs ?? []),
    mocks: options.mocks ?? {},
    flows: options.flows ?? NO_FLOWS,
  };
}

export function blockContext(runtime: RuntimeDeps, state?: Partial<RunState>, flow = loadedFlow([])): BlockContext {
  const base = initialState(contact(), { flow: flow.file, action: '' });
  return { deps: runtime, state: { ...base, ...state }, flow };
}
