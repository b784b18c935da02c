import { CommanderError } from 'commander';
import { CFSIM_VERSION, buildProgram, CommandLineError, type Commands } from './program.js';
import { ExitCode, UsageError } from './exit-codes.js';
import type { CommandProblem } from './format/error-document.js';
import { machineFormatOf } from './format/machine-format.js';
import { processIO, type CliIO } from './io.js';

/** commander codes for help and the version, printed already: nothing went wrong to say. */
const HELP_OR_VERSION = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/**
 * Runs the CLI with the given commands and returns the exit status; never calls process.exit, so
 * tests can call it in process. Commands report their own status by resolving to an ExitCode.
 */
export async function runCli(commands: Commands, argv: readonly string[], io: CliIO = processIO()): Promise<ExitCode> {
  let status: ExitCode = ExitCode.Ok;
  const program = buildProgram(
    commands,
    io,
    (code) => {
      status = code;
    },
    argv,
  );
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return status;
  } catch (error) {
    // --help and --version end here too, with exitCode 0; help shown for a command line that
    // needs a subcommand (`cfsim profiles`) has exit code 1: a usage problem.
    if (error instanceof CommanderError && HELP_OR_VERSION.has(error.code)) return error.exitCode === 0 ? ExitCode.Ok : ExitCode.BadInput;
    const { problem, code } = problemOf(error);
    io.stderr(`cfsim: ${problem.code === 'InternalError' ? 'internal error: ' : ''}${problem.message}\n${problem.fix ? `  fix: ${problem.fix}\n` : ''}`);
    if (problem.code === 'InternalError' && io.env.CFSIM_DEBUG) io.stderr(`${error instanceof Error ? error.stack : ''}\n`);
    // A program reading stdout gets a document saying what went wrong, never an empty file.
    const machine = machineFormatOf(argv);
    if (machine) {
      const { formatErrorDocument } = await import('./format/error-document.js');
      io.stdout(await formatErrorDocument(machine, problem, code, CFSIM_VERSION));
    }
    return code;
  }
}

function problemOf(error: unknown): { readonly problem: CommandProblem; readonly code: ExitCode } {
  if (error instanceof CommandLineError) return { problem: { code: 'InputError', ...commandLineProblem(error) }, code: ExitCode.BadInput };
  if (error instanceof CommanderError) return { problem: { code: 'InputError', message: error.message.replace(/^error: /, '') }, code: ExitCode.BadInput };
  if (error instanceof UsageError) return { problem: { code: 'InputError', message: error.message, fix: error.fix }, code: ExitCode.BadInput };
  // A bug: say so plainly, keep the detail for a report, no stack trace in the user's face.
  const detail = error instanceof Error ? error.message : String(error);
  return {
    problem: { code: 'InternalError', message: detail, fix: 'please report it with the command you ran (set CFSIM_DEBUG=1 for details)' },
    code: ExitCode.Failed,
  };
}

/**
 * commander's message (`error: unknown option '--contacts'\n(Did you mean --contact?)`) as cfsim
 * words an error: what is wrong, then a fix that names what to type and where the options are listed.
 */
export function commandLineProblem(error: CommandLineError): { readonly message: string; readonly fix: string } {
  const path = commandPath(error.command);
  const help = `see ${path} --help`;
  const [first = ''] = error.message.replace(/^error: /, '').split('\n');
  const suggestion = /\(Did you mean (.+)\?\)/.exec(error.message)?.[1];
  // `option '--max-steps <n>' argument 'abc' is invalid. give a whole number…` (or `… is invalid for
  // argument 'flow'. …`): the reason is the fix.
  const [, said = first, reason] = /^(.*?(?:is invalid(?: for argument '[^']*')?|for '[^']*'))\. (.+)$/.exec(first) ?? [];
  const because = reason ? `${reason.charAt(0).toLowerCase()}${reason.slice(1).replace(/\.$/, '')}; ` : '';
  switch (error.code) {
    case 'commander.unknownOption':
      return { message: said, fix: suggestion ? `did you mean ${suggestion}? S${help.slice(1)}` : `${help} for its options` };
    case 'commander.unknownCommand': {
      const names = error.command.commands.map((command) => command.name());
      return { message: said, fix: suggestion ? `did you mean ${suggestion}? S${help.slice(1)}` : `the commands are ${names.join(', ')}: ${help}` };
    }
    case 'commander.invalidArgument':
      return { message: said, fix: `${because}${help}` };
    default:
      // missing argument, option without its value, too many arguments: how the command is written.
      return { message: said, fix: `${because}usage: ${path} ${error.command.usage()}; ${help}` };
  }
}

/** `cfsim profiles import`: the command's name and its parents'. */
function commandPath(command: { name(): string; readonly parent: unknown }): string {
  const names: string[] = [];
  let at: { name(): string; readonly parent: unknown } | null = command;
  for (let depth = 0; at && depth < 8; depth++) {
    names.unshift(at.name());
    at = at.parent as typeof at | null;
  }
  return names.join(' ');
}
