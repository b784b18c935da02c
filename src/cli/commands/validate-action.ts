import { isRecord, type FlowSource } from '../../flow/load.js';
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

export async function validatePaths(paths: readonly string[], options: ValidateCommandOptions, io: CliIO): Promise<ExitCode> {
  const files = await findFiles(paths, io.cwd, FLOW_EXTENSIONS, { stdin: true });
  const reports: FileReport[] = [];
  for (const found of files) {
    const report = await check(found, io, options.strict, options.format === 'json' || options.verbose === true);
    if (report) reports.push(report);
  }
  if (!reports.length) throw new UsageError(`no flow files found in ${paths.join(', ')}`, 'name a flow file, or a directory that holds *.yaml, *.yml or *.json flows');
  io.stdout(await format(reports, options.format, io));
  return reports.some((report) => hasErrors(report.diagnostics)) ? ExitCode.Failed : ExitCode.Ok;
}

async function check(found: FoundFile, io: CliIO, strict: boolean, withInputs: boolean): Promise<FileReport | undefined> {
  let source: FlowSource;
  try {
    source = found.file === STDIN_OPERAND ? await stdinSource(io) : readFlowFile(found.file, io.cwd);
  } catch (error) {
    if (error instanceof InputFileError) throw new UsageError(error.message, error.fix);
    throw error;
  }
  // A directory of flows may also hold contacts, profiles and scenario files: skip what is plainly not a flow.
  if (!found.explicit && !source.diagnostics.length && !looksLikeFlow(source.document)) return undefined;
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
