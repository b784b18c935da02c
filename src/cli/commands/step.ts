import type { Command } from 'commander';
import { ExitCode } from '../exit-codes.js';
import type { CommandContext } from '../program.js';
import { positiveInteger, type RunCommandOptions } from './run.js';

// As `cfsim run`'s default; the runtime's own constant is not imported, so this module stays light.
const MAX_STEPS = 1000;

export type StepCommandOptions = Omit<RunCommandOptions, 'json'> & { readonly saveTest?: string };

export function registerStep(program: Command, context: CommandContext): void {
  program
    .command('step')
    .description('step through a flow block by block in a terminal UI: step back, breakpoints, save as a test case')
    .argument('<flow>', 'the flow file (YAML or JSON, plain or as exported)')
    .option('-c, --contact <file>', 'the sample contact: Channel, CustomerEndpoint, Attributes, Inputs, mocks')
    .option('-p, --profiles <file>', 'profiles to start from (YAML or JSON: profiles, enabled, faults)')
    .option('--store <file.db>', 'keep profiles in this SQLite file between runs')
    .option('-m, --mocks <file>', 'answers for Lambda, Lex, views, cases, queues, hours, metrics')
    .option('--flows <file>', 'flows and modules by ARN, id or name → file, for TransferToFlow / InvokeFlowModule')
    .option('--max-steps <n>', 'stop a run that takes more steps than this', positiveInteger, MAX_STEPS)
    .option('--save-test <file>', 'the scenario file `s` adds a test case to (created if missing)')
    .action(async (flow: string, options: StepCommandOptions) => {
      // Ink needs a terminal both ways: keys in, screen out. A pipe or CI gets the plain run instead.
      if (!context.io.isTTY || process.stdin.isTTY !== true) {
        context.io.stderr(`cfsim step needs an interactive terminal; use ${runCommandLine(flow, options)}\n`);
        context.setExitCode(ExitCode.BadInput);
        return;
      }
      // Ink and React load here only: validate, run and test never pay for them.
      const { stepFlow } = await import('../../tui/launch.js');
      context.setExitCode(await stepFlow(flow, options, context.io));
    });
}

/** The same arguments for `cfsim run`, quoted for a POSIX shell where needed. */
function runCommandLine(flow: string, options: StepCommandOptions): string {
  const pairs: [string, string | undefined][] = [
    ['--contact', options.contact],
    ['--profiles', options.profiles],
    ['--store', options.store],
    ['--mocks', options.mocks],
    ['--flows', options.flows],
    ['--max-steps', options.maxSteps === MAX_STEPS ? undefined : String(options.maxSteps)],
  ];
  const words = ['cfsim', 'run', flow, ...pairs.flatMap(([name, value]) => (value === undefined ? [] : [name, value]))];
  return words.map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`)).join(' ');
}
