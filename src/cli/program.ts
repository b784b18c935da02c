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

/**
 * Builds the commander program. Command modules only declare options here; each action imports
 * its implementation lazily so that a command loads only what it needs.
 */
export function buildProgram(io: CliIO, setExitCode: SetExitCode): Command {
  const program = new Command('cfsim')
    .description('Simulate Amazon Connect contact flows (with Customer Profiles) locally and in CI')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText('after', EXIT_CODE_HELP)
    .showSuggestionAfterError();
  const context: CommandContext = { io, setExitCode };
  registerValidate(program, context);
  registerRun(program, context);
  registerStep(program, context);
  registerTest(program, context);
  registerProfiles(program, context);
  return program;
}
