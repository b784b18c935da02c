import type { Command } from 'commander';
import { ExitCode, UsageError } from '../exit-codes.js';
import { colorEnabled } from '../format/style.js';
import { pathArgument } from '../path-argument.js';
import type { CommandContext } from '../program.js';
import { DEFAULT_MAX_STEPS } from '../../runtime/limits.js';
import { addRunInputOptions, withProject, type RunInputOptions } from '../run-inputs.js';

export type StepCommandOptions = RunInputOptions & { readonly saveTest?: string };

export function registerStep(program: Command, context: CommandContext): void {
  addRunInputOptions(program.command('step').description('step through a flow block by block in a terminal UI: step back, breakpoints, save as a test case'))
    .option('--save-test <file>', 'the scenario file `s` adds a test case to (created if missing)', pathArgument)
    .action(async (flow: string, given: StepCommandOptions, command: Command) => {
      // The screen reads keys from standard input: it cannot also be the flow.
      const options = await withProject(given, command, context.io);
      if (flow === '-') throw new UsageError('cfsim step reads keys from standard input, so it cannot read the flow from it', 'save the flow to a file and give its path');
      // Ink needs a terminal both ways: keys in, screen out. A pipe or CI gets the plain run instead.
      if (!context.io.isTTY || !context.io.stdinIsTTY) {
        context.io.stderr(`cfsim step needs an interactive terminal; use ${runCommandLine(flow, options)}\n`);
        context.setExitCode(ExitCode.BadInput);
        return;
      }
      // Ink draws only the final frame when CI is set (read once, when it loads). Both ends are a
      // terminal here, so someone is watching: a CI variable left in a shell must not blank the screen.
      delete process.env.CI;
      delete process.env.CONTINUOUS_INTEGRATION;
      // Ink colours through chalk, which reads FORCE_COLOR (once, when it loads) but not NO_COLOR: the
      // screen follows what every other command's text does (the marks ▶ › ● * work without colour).
      if (!colorEnabled(process.env, true)) process.env.FORCE_COLOR = '0';
      // Keys pressed while the flow loads must wait for the screen, not be echoed over it: from here the
      // terminal neither echoes them nor waits for a line (raw mode) and keeps them until the screen reads
      // them. What it echoed before, while Node started, is erased from the line the screen starts on.
      process.stdin.setRawMode(true);
      process.stdout.write('\r\u001B[K');
      try {
        // Ink and React load here only: validate, run and test never pay for them.
        const { stepFlow } = await import('../../tui/launch.js');
        context.setExitCode(await stepFlow(flow, options, context.io));
      } finally {
        process.stdin.setRawMode(false);
      }
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
    ['--max-steps', options.maxSteps === DEFAULT_MAX_STEPS ? undefined : String(options.maxSteps)],
  ];
  const words = ['cfsim', 'run', flow, ...pairs.flatMap(([name, value]) => (value === undefined ? [] : [name, value]))];
  return words.map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`)).join(' ');
}
