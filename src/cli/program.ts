import { Command, CommanderError } from 'commander';
import { EXIT_CODE_HELP, type ExitCode } from './exit-codes.js';
import type { CliIO } from './io.js';

export type SetExitCode = (code: ExitCode) => void;

/** What every command's register function receives. */
export interface CommandContext {
  readonly io: CliIO;
  readonly setExitCode: SetExitCode;
}

/** Declares one command (its options, and an action that imports the implementation lazily). */
export type Register = (program: Command, context: CommandContext) => void;

/** The commands a program declares, by name, in the order help lists them. */
export type Commands = Readonly<Record<string, Register>>;

export const CFSIM_VERSION = '0.1.0';

/** commander's refusal of a command line, with the command that refused it (for its usage and help). */
export class CommandLineError extends CommanderError {
  constructor(
    error: CommanderError,
    readonly command: Command,
  ) {
    super(error.exitCode, error.code, error.message);
  }
}

/**
 * Builds the commander program. Command modules only declare options here; each action imports
 * its implementation lazily so that a command loads only what it needs.
 *
 * Declaring a command is commander work paid at every start (profiles alone has a dozen
 * subcommands), so when `argv` starts with a command's name only that command is declared;
 * anything else (help, --version, a typo to suggest a fix for) gets them all.
 *
 * commander's own error messages are not printed: runCli words them as cfsim's errors are worded
 * (`cfsim: …` and a fix), from the CommandLineError each command throws.
 */
export function buildProgram(commands: Commands, io: CliIO, setExitCode: SetExitCode, argv: readonly string[] = []): Command {
  const program = new Command('cfsim')
    .description('Simulate Amazon Connect contact flows (with Customer Profiles) locally and in CI')
    .version(CFSIM_VERSION)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .addHelpText('after', EXIT_CODE_HELP)
    .showSuggestionAfterError();
  const context: CommandContext = { io, setExitCode };
  const named = argv[0] !== undefined && Object.hasOwn(commands, argv[0]) ? commands[argv[0]] : undefined;
  for (const register of named ? [named] : Object.values(commands)) register(program, context);
  throwFromEach(program);
  return program;
}

/** Each command throws its own CommandLineError instead of exiting (subcommands included). */
function throwFromEach(command: Command, depth = 0): void {
  command.exitOverride((error) => {
    throw new CommandLineError(error, command);
  });
  // Commands nest two levels (cfsim profiles import); the bound keeps a mistake from recursing forever.
  if (depth < 4) for (const sub of command.commands) throwFromEach(sub, depth + 1);
}
