import { relative, resolve } from 'node:path';
import { isRecord, type FlowSource } from '../../flow/load.js';
import type { Project } from '../../load/project.js';
import { readFlowFile } from '../../load/flow-file.js';
import { InputFileError } from '../../load/read-file.js';
import { hasErrors, validateFlowSource } from '../../validate/index.js';
import { flowInputs } from '../../validate/inputs.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { findFiles, STDIN_OPERAND, type FoundFile } from '../files.js';
import type { FileReport } from '../format/diagnostics.js';
import type { CliIO } from '../io.js';
import { loadStyle } from '../format/style.js';
import type { ValidateCommandOptions } from './validate.js';

const FLOW_EXTENSIONS = ['yaml', 'yml', 'json'];

/** What the command line gave, rather than defaults: a project's own defaults apply to the rest. */
export interface GivenOptions {
  readonly paths: boolean;
  readonly strict: boolean;
}

export async function validatePaths(paths: readonly string[], options: ValidateCommandOptions, io: CliIO, given: GivenOptions = { paths: true, strict: true }): Promise<ExitCode> {
  const { findProject } = await import('../project.js');
  const project = await findProject(io);
  const strict = given.strict || !project ? options.strict : (project.defaults.strict ?? options.strict);
  // With a project and no paths: its flows and modules (docs/projects.md).
  const files = project && !given.paths ? projectFiles(project, io) : await findFiles(paths, io.cwd, FLOW_EXTENSIONS, { stdin: true });
  const reports: FileReport[] = [];
  const sources = new Map<string, FlowSource>();
  for (const found of files) {
    const report = await check(found, io, strict, sources, options.format === 'json' || options.verbose === true);
    if (report) reports.push(report);
  }
  if (project) {
    const { projectReports } = await import('./validate-project.js');
    reports.push(...projectReports(project, sources, reports, io, strict));
  }
  if (!reports.length) throw new UsageError(`no flow files found in ${paths.join(', ')}`, 'name a flow file, or a directory that holds *.yaml, *.yml or *.json flows');
  io.stdout(await format(reports, options.format, io));
  return reports.some((report) => hasErrors(report.diagnostics)) ? ExitCode.Failed : ExitCode.Ok;
}

function projectFiles(project: Project, io: CliIO): FoundFile[] {
  return [...project.modules, ...project.flows].map((path) => ({ file: relative(io.cwd, path) || path, explicit: false }));
}

async function check(found: FoundFile, io: CliIO, strict: boolean, sources: Map<string, FlowSource>, withInputs: boolean): Promise<FileReport | undefined> {
  let source: FlowSource;
  try {
    source = found.file === STDIN_OPERAND ? await stdinSource(io) : readFlowFile(found.file, io.cwd);
  } catch (error) {
    if (error instanceof InputFileError) throw new UsageError(error.message, error.fix);
    throw error;
  }
  // A directory of flows may also hold contacts, profiles and scenario files: skip what is plainly not a flow.
  if (!found.explicit && !source.diagnostics.length && !looksLikeFlow(source.document)) return undefined;
  if (found.file !== STDIN_OPERAND) sources.set(resolve(io.cwd, found.file), source);
  const diagnostics = await validateFlowSource(source, { strict });
  return { file: source.file, diagnostics, ...(withInputs ? { inputs: flowInputs(source) } : {}) };
}

function looksLikeFlow(document: unknown): boolean {
  return isRecord(document) && ['Actions', 'StartAction', 'Content', 'ContactFlow', 'ContactFlowModule'].some((key) => key in document);
}

async function format(reports: readonly FileReport[], format: ValidateCommandOptions['format'], io: CliIO): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../format/diagnostics-json.js')).formatJson(reports);
    case 'github':
      return (await import('../format/diagnostics-github.js')).formatGithub(reports, 'flow file', { cwd: io.cwd, workspace: io.env.GITHUB_WORKSPACE });
    case 'sarif':
      return (await import('../format/diagnostics-sarif.js')).formatSarif(reports, io.cwd, '0.1.0');
    case 'text':
      return (await import('../format/diagnostics-text.js')).formatText(reports, await loadStyle(io.color));
  }
}

async function stdinSource(io: CliIO): Promise<FlowSource> {
  const [{ readFlowFromStdin }, { stdinFlow }] = await Promise.all([import('../run-inputs.js'), import('../../load/flows.js')]);
  return stdinFlow(await readFlowFromStdin(io));
}
