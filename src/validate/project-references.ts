// Cross-file checks of a project (docs/projects.md): every TransferToFlow / InvokeFlowModule whose
// target is written out (not a `$.` reference resolved at run time) must name a flow or module of
// the project (PROJ003), and an InvokeFlowModule's inputs must be the ones the module's Settings
// declare (PROJ004). Plain data in, diagnostics out: the CLI reads the files.
import type { FlowSource } from '../flow/load.js';
import { isRecord } from '../flow/load.js';
import { clip, type Diagnostic } from './diagnostic.js';

/** A flow or module of the project, as a reference finds it. */
export interface FlowTarget {
  readonly file: string;
  readonly name: string;
  /** Listed under `modules:` in the project file. */
  readonly module: boolean;
  readonly document: unknown;
}

export interface ProjectTargets {
  resolve(reference: string): FlowTarget | undefined;
  /** The project lists it under external: (a flow outside the project). */
  external(reference: string): boolean;
  /** The file the project's map gives for it, when that file is not a flow cfsim could read. */
  mappedFile(reference: string): string | undefined;
}

const TARGET_PARAMETERS: Readonly<Record<string, string>> = { TransferToFlow: 'ContactFlowId', InvokeFlowModule: 'FlowModuleId' };
/** The most actions looked at in one flow: Amazon Connect allows 250 blocks; the schema caps what is read. */
const MAX_ACTIONS = 1000;

export function projectReferenceDiagnostics(source: FlowSource, targets: ProjectTargets, projectFile: string): Diagnostic[] {
  const document = source.document;
  if (!isRecord(document) || !Array.isArray(document.Actions)) return [];
  const diagnostics: Diagnostic[] = [];
  document.Actions.slice(0, MAX_ACTIONS).forEach((action: unknown, index) => {
    if (!isRecord(action) || typeof action.Type !== 'string' || !Object.hasOwn(TARGET_PARAMETERS, action.Type)) return;
    const parameter = TARGET_PARAMETERS[action.Type] ?? '';
    const parameters = isRecord(action.Parameters) ? action.Parameters : {};
    const reference = parameters[parameter];
    // A `$.` reference is resolved at run time (the runtime finds what the project loaded); an object is a console draft's.
    if (typeof reference !== 'string' || reference === '' || reference.startsWith('$.')) return;
    const path = ['Actions', index, 'Parameters', parameter];
    const at = { file: source.file, ...source.source.locate(path), path };
    const target = targets.resolve(reference);
    const what = action.Type === 'InvokeFlowModule' ? 'module' : 'flow';
    if (!target) {
      if (targets.external(reference)) return;
      const mapped = targets.mappedFile(reference);
      diagnostics.push({
        code: 'PROJ003', severity: 'error', ...at,
        message: `${String(action.Identifier ?? action.Type)}: ${action.Type} names the ${what} ${clip(reference)}, which no file of the project provides${mapped ? ` (${projectFile} maps it to ${mapped}, which is missing or not a flow)` : ''}`,
        fix: `add the ${what}'s file to the project (${what === 'module' ? 'modules' : 'flows'}: in ${projectFile}), map this reference to its file under references:, or list it under external: if it lives outside the project`,
      });
      return;
    }
    if (action.Type === 'InvokeFlowModule') diagnostics.push(...moduleInputProblems(action, index, parameters, target, source));
  });
  return diagnostics;
}

/**
 * The module's declared inputs: Settings.InputParameters as the console exports it (a list of
 * {Name | DisplayName, Required?}; real modules export an empty list) or as a JSON Schema
 * ({properties, required}). Undefined when the module declares nothing to check against.
 */
export function moduleInputs(document: unknown): { readonly names: ReadonlySet<string>; readonly required: readonly string[] } | undefined {
  const settings = isRecord(document) && isRecord(document.Settings) ? document.Settings : undefined;
  const declared = settings?.InputParameters;
  if (Array.isArray(declared)) {
    const items = declared.slice(0, MAX_ACTIONS).filter(isRecord);
    const nameOf = (item: Record<string, unknown>): string | undefined => [item.Name, item.DisplayName, item.ReferenceName].find((value): value is string => typeof value === 'string');
    const names = items.map(nameOf).filter((name): name is string => name !== undefined);
    return { names: new Set(names), required: items.filter((item) => item.Required === true).map(nameOf).filter((name): name is string => name !== undefined) };
  }
  if (isRecord(declared) && isRecord(declared.properties)) {
    const required = Array.isArray(declared.required) ? declared.required.filter((name): name is string => typeof name === 'string') : [];
    return { names: new Set(Object.keys(declared.properties)), required };
  }
  return undefined;
}

/**
 * An InvokeFlowModule's parameters other than FlowModuleId are the module's inputs (cfsim's reading:
 * the flow language reference documents only FlowModuleId; docs/projects.md). Each must be declared
 * by the module, and each input the module requires must be given.
 */
function moduleInputProblems(action: Record<string, unknown>, index: number, parameters: Record<string, unknown>, target: FlowTarget, source: FlowSource): Diagnostic[] {
  const inputs = moduleInputs(target.document);
  if (!inputs) return [];
  const given = Object.keys(parameters).filter((name) => name !== 'FlowModuleId');
  const identifier = String(action.Identifier ?? 'InvokeFlowModule');
  const takes = inputs.names.size ? `it takes ${[...inputs.names].slice(0, 20).join(', ')}` : 'it declares no inputs';
  const problems: Diagnostic[] = [];
  for (const name of given.slice(0, MAX_ACTIONS)) {
    if (inputs.names.has(name)) continue;
    const path = ['Actions', index, 'Parameters', name];
    problems.push({
      code: 'PROJ004', severity: 'warning', file: source.file, ...source.source.locate(path, { key: true }), path,
      message: `${identifier}: the module ${target.name} (${target.file}) has no input named ${clip(name)}; ${takes}`,
      fix: `give only the inputs the module's Settings.InputParameters declare, or declare ${clip(name)} in the module`,
    });
  }
  for (const name of inputs.required) {
    if (given.includes(name)) continue;
    const path = ['Actions', index, 'Parameters'];
    problems.push({
      code: 'PROJ004', severity: 'warning', file: source.file, ...source.source.locate(path), path,
      message: `${identifier}: the module ${target.name} (${target.file}) requires the input ${clip(name)}, which this block does not give`,
      fix: `add ${clip(name)} to the block's Parameters`,
    });
  }
  return problems;
}
