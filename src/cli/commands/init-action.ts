// `cfsim init [dir]` (docs/projects.md): reads every flow below the folder, writes cfsim.yaml (flows,
// modules, each export's ARN and the ARNs other flows use, references outside the folder as
// external), contact.yaml and tests/<flow>.test.yaml with one case that runs the example contact
// to the flow's end and expects the path and outcome seen. It never overwrites a file.
import { existsSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { isRecord, type FlowSource } from '../../flow/load.js';
import { readFlowFile } from '../../load/flow-file.js';
import { indexProject } from '../../load/project-index.js';
import { PROJECT_FILE_NAME, type Project } from '../../load/project.js';
import { InputFileError } from '../../load/read-file.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { findFiles } from '../files.js';
import type { CliIO } from '../io.js';
import { writeNewFile } from '../write-new-file.js';

/** The example contact every generated case starts from. */
const EXAMPLE_CONTACT = { Channel: 'VOICE', CustomerEndpoint: { Address: '+14255550100' }, SystemEndpoint: { Address: '+18005550199' } } as const;
/** A fixed start and percentage, so that hours of operation and DistributeByPercentage take the same branch in every run. */
const CASE_MOCKS = { clock: '2026-01-05T15:00:00Z', percentage: 50 };
/** The longest path written out in full; a longer run is pinned by its first steps. */
const MAX_PATH = 60;
const TARGET_PARAMETERS: Readonly<Record<string, string>> = { TransferToFlow: 'ContactFlowId', InvokeFlowModule: 'FlowModuleId' };

interface Found {
  readonly path: string;
  readonly source: FlowSource;
  readonly module: boolean;
}

export async function initProject(dir: string, io: CliIO): Promise<ExitCode> {
  const root = resolve(io.cwd, dir);
  const projectPath = join(root, PROJECT_FILE_NAME);
  if (existsSync(projectPath)) {
    throw new UsageError(`${relative(io.cwd, projectPath)} exists: ${dir} is a project already`, 'edit it, or move it away to start again (cfsim init never overwrites a file)');
  }
  const read = readFlows(await findFiles([dir], io.cwd, ['yaml', 'yml', 'json']), io);
  // A flow with errors (a saved draft) is left out, so that the project validates; the user fixes it and adds it.
  const { hasErrors, validateFlowSource } = await import('../../validate/index.js');
  const found: Found[] = [];
  const leftOut: string[] = [];
  for (const item of read) {
    if (hasErrors(await validateFlowSource(item.source))) leftOut.push(relative(root, item.path).split('\\').join('/'));
    else found.push(item);
  }
  for (const file of leftOut) io.stderr(`cfsim: ${file} has errors: left out of the project (cfsim validate ${file}; then add it under flows:)\n`);
  if (!found.length) throw new UsageError(`no flow files found in ${dir}`, 'give the folder that holds the exported flows (*.json, *.yaml)');
  const fromRoot = (path: string): string => relative(root, path).split('\\').join('/');
  const { references, external } = mapReferences(found, fromRoot);
  const project: Project = {
    file: projectPath, root,
    flows: found.filter((item) => !item.module).map((item) => item.path),
    modules: found.filter((item) => item.module).map((item) => item.path),
    references: Object.fromEntries(Object.entries(references).map(([key, file]) => [key, resolve(root, file)])),
    external, defaults: {}, warnings: [],
  };
  const lookup = indexProject(project, io.cwd, new Map(found.map((item) => [item.path, item.source]))).files;
  const files: { path: string; text: string }[] = [];
  const names = new Set<string>();
  for (const flow of found.filter((item) => !item.module)) {
    const scenario = await scenarioFor(flow, lookup, io, root);
    if (!scenario) continue;
    let name = basename(flow.path, extname(flow.path)).replace(/[^\w.-]+/g, '_');
    for (let n = 2; names.has(name.toLowerCase()); n++) name = `${basename(flow.path, extname(flow.path)).replace(/[^\w.-]+/g, '_')}-${n}`;
    names.add(name.toLowerCase());
    files.push({ path: join(root, 'tests', `${name}.test.yaml`), text: scenario });
  }
  files.unshift(
    { path: projectPath, text: projectText(project, references, external, fromRoot, leftOut) },
    { path: join(root, 'contact.yaml'), text: `# The example contact of every generated case (cfsim run <flow> uses it in this project).\n${stringify(EXAMPLE_CONTACT)}` },
  );
  let refused = 0;
  for (const file of files) {
    const label = relative(io.cwd, file.path);
    if (await writeNewFile(file.path, file.text)) io.stdout(`wrote ${label}\n`);
    else {
      refused++;
      io.stderr(`cfsim: ${label} exists; not overwritten\n`);
    }
  }
  io.stdout(`\nnext: cd ${relative(io.cwd, root) || '.'} && cfsim validate && cfsim test\n`);
  return refused ? ExitCode.BadInput : ExitCode.Ok;
}

function readFlows(files: readonly { file: string }[], io: CliIO): Found[] {
  const found: Found[] = [];
  for (const { file } of files) {
    let source: FlowSource;
    try {
      source = readFlowFile(file, io.cwd);
    } catch (error) {
      if (error instanceof InputFileError) continue;
      throw error;
    }
    const document = source.document;
    if (!isRecord(document) || !Array.isArray(document.Actions) || !('StartAction' in document)) continue;
    found.push({ path: resolve(io.cwd, file), source, module: isModule(document) });
  }
  return found;
}

/** A module ends with EndFlowModuleExecution, or declares its inputs and outputs in Settings. */
function isModule(document: Record<string, unknown>): boolean {
  const settings = isRecord(document.Settings) ? document.Settings : {};
  const actions = Array.isArray(document.Actions) ? document.Actions : [];
  return 'InputParameters' in settings || 'OutputParameters' in settings || actions.some((action) => isRecord(action) && action.Type === 'EndFlowModuleExecution');
}

/**
 * Each export's own ARN → its file; each reference another flow writes that names a file by its
 * id, name or file name → that file; every other static reference → external.
 */
function mapReferences(found: readonly Found[], fromRoot: (path: string) => string): { references: Record<string, string>; external: string[] } {
  const references: Record<string, string> = {};
  const byKey = new Map<string, string>();
  for (const item of found) {
    if (item.source.exported?.arn) references[item.source.exported.arn] = fromRoot(item.path);
    for (const key of [item.source.exported?.id, item.source.name, basename(item.path, extname(item.path))]) if (key && !byKey.has(key)) byKey.set(key, item.path);
  }
  const external = new Set<string>();
  for (const item of found) {
    for (const reference of staticReferences(item.source.document)) {
      if (Object.hasOwn(references, reference)) continue;
      const target = byKey.get(reference) ?? byKey.get(lastSegment(reference));
      if (target && reference.startsWith('arn:')) references[reference] = fromRoot(target);
      else if (!target) external.add(reference);
    }
  }
  return { references, external: [...external].sort() };
}

function staticReferences(document: unknown): string[] {
  const actions = isRecord(document) && Array.isArray(document.Actions) ? document.Actions : [];
  return actions.flatMap((action: unknown) => {
    if (!isRecord(action) || typeof action.Type !== 'string' || !Object.hasOwn(TARGET_PARAMETERS, action.Type)) return [];
    const value = isRecord(action.Parameters) ? action.Parameters[TARGET_PARAMETERS[action.Type] ?? ''] : undefined;
    return typeof value === 'string' && value !== '' && !value.startsWith('$.') ? [value] : [];
  });
}

function lastSegment(reference: string): string {
  return reference.slice(Math.max(reference.lastIndexOf('/'), reference.lastIndexOf(':')) + 1);
}

function projectText(project: Project, references: Record<string, string>, external: readonly string[], fromRoot: (path: string) => string, leftOut: readonly string[]): string {
  const body = {
    flows: project.flows.map(fromRoot),
    ...(project.modules.length ? { modules: project.modules.map(fromRoot) } : {}),
    ...(Object.keys(references).length ? { references } : {}),
    ...(external.length ? { external } : {}),
    contact: 'contact.yaml',
  };
  return `# Written by cfsim init: see docs/projects.md. Paths are relative to this file.\n# external: references no file here provides; add their files and map them under references: to run them.\n${leftOut.map((file) => `# left out (cfsim validate reports errors in it): ${file}\n`).join('')}${stringify(body, { lineWidth: 0 })}`;
}

/** The flow run with the example contact; a scenario that expects what the run did. Undefined for a flow that does not load. */
async function scenarioFor(flow: Found, lookup: ReadonlyMap<string, string>, io: CliIO, root: string): Promise<string | undefined> {
  const [{ prepareRun }, { contactFromFile }, { runContact }, { toRunResult }, { scriptedInput }] = await Promise.all([
    import('../../load/prepare.js'), import('../../runtime/contact-input.js'), import('../../runtime/run.js'), import('../../runtime/result.js'), import('../../runtime/deps.js'),
  ]);
  const file = relative(io.cwd, flow.path) || flow.path;
  const preparation = await prepareRun({ flow: file, cwd: io.cwd, flowLookup: lookup });
  if (!preparation.ok) {
    io.stderr(`cfsim: ${file} has errors; no scenario written for it (cfsim validate ${file})\n`);
    return undefined;
  }
  const { run } = preparation;
  const setup = contactFromFile(EXAMPLE_CONTACT);
  let result;
  try {
    const deps = { ...run.deps, mocks: CASE_MOCKS, clock: () => new Date(CASE_MOCKS.clock), input: scriptedInput(setup.inputs) };
    result = toRunResult(runContact(run.flow, setup.contact, deps));
  } finally {
    run.close();
  }
  const path = result.steps.map((step) => step.identifier);
  // Only the mocks the run used: a scenario's mock that no case reaches is a warning.
  const types = new Set(result.steps.map((step) => step.type));
  const mocks = {
    ...(types.has('CheckHoursOfOperation') ? { clock: CASE_MOCKS.clock } : {}),
    ...(types.has('DistributeByPercentage') ? { percentage: CASE_MOCKS.percentage } : {}),
  };
  const expect = {
    ...(path.length <= MAX_PATH ? { path } : { pathPrefix: path.slice(0, MAX_PATH) }),
    outcome: result.outcome,
    ...(result.error ? { error: result.error.code } : {}),
  };
  const scenario = {
    flow: relative(join(root, 'tests'), flow.path).split('\\').join('/'),
    contact: EXAMPLE_CONTACT,
    ...(Object.keys(mocks).length ? { mocks } : {}),
    cases: [{ name: 'the example contact reaches the end of the flow', expect }],
  };
  return `# Written by cfsim init from a run of the example contact: what the flow did then, pinned.\n# Add cases with other contacts, profiles and mocks (docs/scenario-tests.md).\n${stringify(scenario, { lineWidth: 0 })}`;
}
