// Loading the flow to run and the flows and modules it may reach. Every file is validated before
// the run starts (validation is asynchronous, a step is not): the --flows map's files, and each
// flow or module a TransferToFlow / InvokeFlowModule names statically, found in the same folder as
// <name>.yaml|.yml|.json. A reference that resolves only at run time finds the flows loaded here.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { flowTooLarge, MAX_FLOW_FILE_BYTES, parseFlowBytes, STDIN_NAME, toLoadedFlow, type FlowSource } from '../flow/load.js';
import type { FlowAction, LoadedFlow } from '../flow/types.js';
import type { Diagnostic } from '../validate/diagnostic.js';
import { hasErrors, validateFlowSource } from '../validate/index.js';
import type { FlowResolver } from '../runtime/deps.js';
import { isDynamic } from '../runtime/jsonpath.js';
import { readFlowFile } from './flow-file.js';

export type FlowLoad =
  | { readonly ok: true; readonly flow: LoadedFlow; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * Reads and validates one flow; errors are diagnostics (exit 2), an unreadable file an InputFileError.
 * `stdin`: the bytes of standard input, read by the CLI, for the file `-` (named <stdin>).
 */
export async function loadFlow(file: string, cwd: string, stdin?: Uint8Array): Promise<FlowLoad> {
  return validatedFlow(file === '-' && stdin ? stdinFlow(stdin) : readFlowFile(file, cwd));
}

/** A flow from standard input; bounded as a flow file is (the CLI reads at most one byte past the limit). */
export function stdinFlow(bytes: Uint8Array): FlowSource {
  return bytes.length > MAX_FLOW_FILE_BYTES ? flowTooLarge(STDIN_NAME, bytes.length) : parseFlowBytes(STDIN_NAME, bytes);
}

async function validatedFlow(source: FlowSource): Promise<FlowLoad> {
  const diagnostics = await validateFlowSource(source);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics: diagnostics.filter((diagnostic) => diagnostic.severity === 'error') };
  return { ok: true, flow: toLoadedFlow(source), warnings: diagnostics };
}

const EXTENSIONS = ['.yaml', '.yml', '.json'];
const REFERENCE_PARAMETERS: Readonly<Record<string, string>> = { TransferToFlow: 'ContactFlowId', InvokeFlowModule: 'FlowModuleId' };

export type FlowsLoad =
  /** flows: every flow loaded, the entry first (scenario tests report coverage for each). */
  | { readonly ok: true; readonly resolver: FlowResolver; readonly flows: readonly LoadedFlow[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * Loads the --flows map (reference → file, relative to the map) and what the flows name statically
 * (found in a project's lookup, else beside the flow that names it).
 * @param map absolute file paths by the reference they stand for (ARN, id or name)
 */
export async function loadReachableFlows(
  entry: LoadedFlow,
  map: Readonly<Record<string, string>>,
  cwd: string,
  /** A project's files by reference (src/load/project-index.ts): looked in before the flow's folder. */
  lookup?: ReadonlyMap<string, string>,
): Promise<FlowsLoad> {
  const registry = new FlowRegistry();
  const byPath = new Map<string, LoadedFlow>([[resolve(cwd, entry.file), entry]]);
  registry.add(entry, []);
  const diagnostics: Diagnostic[] = [];
  const load = async (path: string, keys: readonly string[]): Promise<LoadedFlow | undefined> => {
    const known = byPath.get(path);
    if (known) {
      registry.add(known, keys);
      return undefined;
    }
    const loaded = await loadFlow(relative(cwd, path) || path, cwd);
    if (!loaded.ok) {
      diagnostics.push(...loaded.diagnostics);
      return undefined;
    }
    byPath.set(path, loaded.flow);
    registry.add(loaded.flow, keys);
    return loaded.flow;
  };
  const pending: LoadedFlow[] = [entry];
  for (const [key, path] of Object.entries(map)) {
    const flow = await load(path, [key]);
    if (flow) pending.push(flow);
  }
  for (let flow = pending.pop(); flow; flow = pending.pop()) {
    for (const reference of staticReferences(flow.flow.Actions)) {
      if (registry.resolve(reference)) continue;
      const path = lookup?.get(reference) ?? lookup?.get(lastSegment(reference)) ?? findInFolder(dirname(resolve(cwd, flow.file)), reference);
      const found = path ? await load(path, [reference]) : undefined;
      if (found) pending.push(found);
    }
  }
  return diagnostics.length ? { ok: false, diagnostics } : { ok: true, resolver: registry, flows: [...byPath.values()] };
}

function staticReferences(actions: readonly FlowAction[]): string[] {
  return actions.flatMap((action) => {
    const name = Object.hasOwn(REFERENCE_PARAMETERS, action.Type) ? REFERENCE_PARAMETERS[action.Type] : undefined;
    const value = name ? action.Parameters?.[name] : undefined;
    return typeof value === 'string' && value !== '' && !isDynamic(value) ? [value] : [];
  });
}

/** `<reference>.yaml` (or .yml, .json) beside the flow, by the reference or its ARN's last segment. */
export function findInFolder(dir: string, reference: string): string | undefined {
  for (const name of new Set([reference, lastSegment(reference)])) {
    if (!/^[^/\\:]+$/.test(name) || name === '.' || name === '..') continue;
    for (const extension of EXTENSIONS) {
      const path = join(dir, `${name}${extension}`);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

function lastSegment(reference: string): string {
  return reference.slice(Math.max(reference.lastIndexOf('/'), reference.lastIndexOf(':')) + 1);
}

/** Loaded flows, found by a reference: as given, by its ARN's last segment (the id), or by the flow's name. */
class FlowRegistry implements FlowResolver {
  private readonly byKey = new Map<string, LoadedFlow>();
  private readonly byFileName = new Map<string, LoadedFlow>();

  add(flow: LoadedFlow, keys: readonly string[]): void {
    this.byFileName.set(flow.file, flow);
    for (const key of [...keys, ...keys.map(lastSegment), flow.name]) if (key && !this.byKey.has(key)) this.byKey.set(key, flow);
  }

  resolve(reference: string): LoadedFlow | undefined {
    return this.byKey.get(reference) ?? this.byKey.get(lastSegment(reference));
  }

  byFile(file: string): LoadedFlow | undefined {
    return this.byFileName.get(file);
  }
}
