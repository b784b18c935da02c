import type { Command } from 'commander';
import type { Diagnostic } from '../../validate/diagnostic.js';
import { DEFAULT_SEED, parseSeed } from '../seed.js';
import { ExitCode } from '../exit-codes.js';
import type { RunHeader } from '../format/run-text.js';
import type { CliIO } from '../io.js';
import type { CommandContext } from '../program.js';
import { addRunInputOptions, prepareRunForCli, reportableRunError, withProject, type RunInputOptions } from '../run-inputs.js';

export type RunCommandOptions = RunInputOptions & { readonly json: boolean; readonly seed: string };

export function registerRun(program: Command, context: CommandContext): void {
  addRunInputOptions(program.command('run').description('run a flow for one sample contact, as Amazon Connect would, and print what happened'))
    .option('--json', 'print the result as one JSON document', false)
    .option('--seed <text>', 'where the ids cfsim makes (a created ProfileId) come from: the same seed, the same ids', parseSeed, DEFAULT_SEED)
    .action(async (flow: string, options: RunCommandOptions, command: Command) => {
      context.setExitCode(await runFlowCommand(flow, await withProject(options, command, context.io), context.io));
    });
}

/** The runtime and store are imported here, so that other commands never load them. */
async function runFlowCommand(flow: string, options: RunCommandOptions, io: CliIO): Promise<ExitCode> {
  const [{ runContact }, { seededIds }, { loadStyle }] = await Promise.all([import('../../runtime/run.js'), import('../../runtime/ids.js'), import('../format/style.js')]);
  const style = await loadStyle(io.color && !options.json);
  const preparation = await prepareRunForCli(flow, options, io);
  if (!preparation.ok) {
    const { formatRunDiagnostics } = await import('../format/run-diagnostics.js');
    io.stderr(formatRunDiagnostics(preparation.diagnostics, style));
    const exitCode = invalidFlowOnly(preparation.diagnostics) ? ExitCode.Failed : ExitCode.BadInput;
    if (options.json) {
      // The --json contract holds for bad input too: an error document, with each problem at its place.
      const [{ formatErrorDocument }, { CFSIM_VERSION }] = await Promise.all([import('../format/error-document.js'), import('../program.js')]);
      const errors = preparation.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
      const problem = { code: 'InputError' as const, message: `${errors.length === 1 ? 'a file of the run has an error' : `files of the run have ${errors.length} errors`}`, diagnostics: errors };
      io.stdout(await formatErrorDocument({ command: 'run', format: 'json' }, problem, exitCode, CFSIM_VERSION));
    }
    return exitCode;
  }
  const { run } = preparation;
  let output;
  try {
    output = runContact(run.flow, run.setup.contact, { ...run.deps, ids: seededIds(options.seed) }, { maxSteps: options.maxSteps });
    run.close(); // commits the run's writes to a --store file, all together: a failure here is the store's
  } catch (error) {
    throw await reportableRunError(error, options);
  } finally {
    run.close(); // closed already unless the run failed
  }
  if (options.json) {
    const { formatRunJson } = await import('../format/run-json.js');
    io.stdout(formatRunJson(output, options.seed));
  } else {
    const { formatRunText } = await import('../format/run-text.js');
    io.stdout(formatRunText(output, header(run.flow.file, options, run.setup.contact.Channel, run.setup.contact.CustomerEndpoint.Address), style));
  }
  return output.state.end?.outcome === 'Error' ? ExitCode.Failed : ExitCode.Ok;
}

/**
 * Exit 1 when the only errors are in the flow files (the flow is invalid, as `cfsim validate` would exit),
 * 2 when a contact, mocks, profiles or flows-map file is at fault (RUN codes: an input problem).
 */
function invalidFlowOnly(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.every((diagnostic) => diagnostic.severity !== 'error' || !diagnostic.code.startsWith('RUN'));
}

function header(flow: string, options: RunCommandOptions, channel: string, address: string): RunHeader {
  const who = address ? ` ${address}` : '';
  const title = `${flow}: ${channel}${who}${options.contact ? ` (${options.contact})` : ''}`;
  // Without profiles every profile search finds nothing: say so before a known caller's NoneFoundError.
  const noProfiles = !options.profiles && !options.store;
  return { title, notes: noProfiles ? ['profiles: none (empty store; give --profiles or --store)'] : [] };
}

