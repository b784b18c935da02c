import { FlowFileError, readFlowFile, isRecord, type FlowSource } from '../../flow/load.js';
import { hasErrors, validateFlowSource } from '../../validate/index.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { findFiles, type FoundFile } from '../files.js';
import type { FileReport } from '../format/diagnostics.js';
import type { CliIO } from '../io.js';
import { loadStyle } from '../format/style.js';
import type { ValidateCommandOptions } from './validate.js';

const FLOW_EXTENSIONS = ['yaml', 'yml', 'json'];

export async function validatePaths(paths: readonly string[], options: ValidateCommandOptions, io: CliIO): Promise<ExitCode> {
  const files = await findFiles(paths, io.cwd, FLOW_EXTENSIONS);
  const reports: FileReport[] = [];
  for (const found of files) {
    const report = await check(found, io.cwd, options.strict);
    if (report) reports.push(report);
  }
  if (!reports.length) throw new UsageError(`no flow files found in ${paths.join(', ')}`, 'name a flow file, or a directory that holds *.yaml, *.yml or *.json flows');
  io.stdout(await format(reports, options.format, io));
  return reports.some((report) => hasErrors(report.diagnostics)) ? ExitCode.Failed : ExitCode.Ok;
}

async function check(found: FoundFile, cwd: string, strict: boolean): Promise<FileReport | undefined> {
  let source: FlowSource;
  try {
    source = readFlowFile(found.file, cwd);
  } catch (error) {
    if (error instanceof FlowFileError) throw new UsageError(`${found.file}: ${error.message.replace(/^cannot read [^:]*: /, 'cannot read: ')}`, 'check the path and its permissions');
    throw error;
  }
  // A directory of flows may also hold contacts, profiles and scenario files: skip what is plainly not a flow.
  if (!found.explicit && !source.diagnostics.length && !looksLikeFlow(source.document)) return undefined;
  const diagnostics = await validateFlowSource(source, { strict });
  return { file: found.file, diagnostics };
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
