import { InvalidArgumentError, type Command } from 'commander';
import { ExitCode, UsageError } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import type { RunFiles } from '../../runtime/files/prepare.js';
import type { CommandContext } from '../program.js';

export interface RunCommandOptions {
  readonly contact?: string;
  readonly profiles?: string;
  readonly store?: string;
  readonly mocks?: string;
  readonly flows?: string;
  readonly maxSteps: number;
  readonly json: boolean;
}

export function registerRun(program: Command, context: CommandContext): void {
  program
    .command('run')
    .description('run a flow for one sample contact, as Amazon Connect would, and print what happened')
    .argument('<flow>', 'the flow file (YAML or JSON, plain or as exported)')
    .option('-c, --contact <file>', 'the sample contact: Channel, CustomerEndpoint, Attributes, Inputs, mocks')
    .option('-p, --profiles <file>', 'profiles to start from (YAML or JSON: profiles, enabled, faults)')
    .option('--store <file.db>', 'keep profiles in this SQLite file between runs')
    .option('-m, --mocks <file>', 'answers for Lambda, Lex, views, cases, queues, hours, metrics')
    .option('--flows <file>', 'flows and modules by ARN, id or name → file, for TransferToFlow / InvokeFlowModule')
    .option('--max-steps <n>', 'stop a run that takes more steps than this', positiveInteger, 1000)
    .option('--json', 'print the result as one JSON document', false)
    .action(async (flow: string, options: RunCommandOptions) => {
      context.setExitCode(await runFlowCommand(flow, options, context.io));
    });
}

export function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('give a whole number of at least 1');
  return number;
}

/** The runtime and store are imported here, so that other commands never load them. */
async function runFlowCommand(flow: string, options: RunCommandOptions, io: CliIO): Promise<ExitCode> {
  const [{ prepareRun }, { InputFileError }, { runContact }, { loadStyle }] = await Promise.all([
    import('../../runtime/files/prepare.js'),
    import('../../runtime/files/input-file.js'),
    import('../../runtime/run.js'),
    import('../format/style.js'),
  ]);
  const style = await loadStyle(io.color && !options.json);
  let preparation;
  try {
    preparation = await prepareRun({ flow, ...files(options), cwd: io.cwd });
  } catch (error) {
    if (error instanceof InputFileError) throw new UsageError(error.message, error.fix);
    if (error instanceof Error && error.name === 'StoreOpenError') throw new UsageError(error.message, 'give a cfsim store file, or a path for a new one');
    throw error;
  }
  if (!preparation.ok) {
    const { formatRunDiagnostics } = await import('../format/run-diagnostics.js');
    io.stderr(formatRunDiagnostics(preparation.diagnostics, style));
    return ExitCode.BadInput;
  }
  const { run } = preparation;
  let output;
  try {
    output = runContact(run.flow, run.setup.contact, run.deps, { maxSteps: options.maxSteps });
  } finally {
    run.close();
  }
  if (options.json) {
    const { formatRunJson } = await import('../format/run-json.js');
    io.stdout(formatRunJson(output));
  } else {
    const { formatRunText } = await import('../format/run-text.js');
    io.stdout(formatRunText(output, title(flow, options, run.setup.contact.Channel, run.setup.contact.CustomerEndpoint.Address), style));
  }
  return output.state.end?.outcome === 'Error' ? ExitCode.Failed : ExitCode.Ok;
}

export function files(options: RunCommandOptions): Omit<RunFiles, 'flow' | 'cwd'> {
  const { contact, profiles, store, mocks, flows } = options;
  return {
    ...(contact ? { contact } : {}),
    ...(profiles ? { profiles } : {}),
    ...(store ? { store } : {}),
    ...(mocks ? { mocks } : {}),
    ...(flows ? { flows } : {}),
  };
}

function title(flow: string, options: RunCommandOptions, channel: string, address: string): string {
  const who = address ? ` ${address}` : '';
  return `${flow}: ${channel}${who}${options.contact ? ` (${options.contact})` : ''}`;
}
