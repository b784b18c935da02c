import { Command } from 'commander';
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

/**
 * Builds the commander program. Command modules only declare options here; each action imports
 * its implementation lazily so that a command loads only what it needs.
 *
 * Declaring a command is commander work paid at every start (profiles alone has a dozen
 * subcommands), so when `argv` starts with a command's name only that command is declared;
 * anything else (help, --version, a typo to suggest a fix for) gets them all.
 */
export function buildProgram(commands: Commands, io: CliIO, setExitCode: SetExitCode, argv: readonly string[] = []): Command {
  const program = new Command('cfsim')
    .description('Simulate Amazon Connect contact flows (with Customer Profiles) locally and in CI')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText('after', EXIT_CODE_HELP)
    .showSuggestionAfterError();
  const context: CommandContext = { io, setExitCode };
  const named = argv[0] !== undefined && Object.hasOwn(commands, argv[0]) ? commands[argv[0]] : undefined;
  for (const register of named ? [named] : Object.values(commands)) register(program, context);
  return program;
}
