import { Command } from 'commander';
import { EXIT_CODE_HELP, type ExitCode } from './exit-codes.js';
import type { CliIO } from './io.js';
import { registerValidate } from './commands/validate.js';
import { registerRun } from './commands/run.js';
import { registerStep } from './commands/step.js';
import { registerTest } from './commands/test.js';
import { registerProfiles } from './commands/profiles.js';

export type SetExitCode = (code: ExitCode) => void;

/** What every command's register function receives. */
export interface CommandContext {
  readonly io: CliIO;
  readonly setExitCode: SetExitCode;
}

type Register = (program: Command, context: CommandContext) => void;

/** Every command, in the order help lists them. */
const COMMANDS: Readonly<Record<string, Register>> = {
  validate: registerValidate,
  run: registerRun,
  step: registerStep,
  test: registerTest,
  profiles: registerProfiles,
};

/**
 * Builds the commander program. Command modules only declare options here; each action imports
 * its implementation lazily so that a command loads only what it needs.
 *
 * Declaring a command is commander work paid at every start (profiles alone has a dozen
 * subcommands), so when `argv` starts with a command's name only that command is declared;
 * anything else (help, --version, a typo to suggest a fix for) gets them all.
 */
export function buildProgram(io: CliIO, setExitCode: SetExitCode, argv: readonly string[] = []): Command {
  const program = new Command('cfsim')
    .description('Simulate Amazon Connect contact flows (with Customer Profiles) locally and in CI')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText('after', EXIT_CODE_HELP)
    .showSuggestionAfterError();
  const context: CommandContext = { io, setExitCode };
  const named = argv[0] !== undefined && Object.hasOwn(COMMANDS, argv[0]) ? COMMANDS[argv[0]] : undefined;
  for (const register of named ? [named] : Object.values(COMMANDS)) register(program, context);
  return program;
}
