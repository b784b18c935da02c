import type { CliIO } from './io.js';
import type { ExitCode } from './exit-codes.js';
import type { Commands } from './program.js';
import { runCli } from './run-cli.js';
import { registerValidate } from './commands/validate.js';
import { registerRun } from './commands/run.js';
import { registerStep } from './commands/step.js';
import { registerTest } from './commands/test.js';
import { registerProfiles } from './commands/profiles.js';
import { registerInit } from './commands/init.js';
import { registerGraph } from './commands/graph.js';

/** Every command, in the order help lists them. */
const COMMANDS: Commands = {
  validate: registerValidate,
  run: registerRun,
  step: registerStep,
  test: registerTest,
  profiles: registerProfiles,
  init: registerInit,
  graph: registerGraph,
};

/** The whole CLI: every command. (The bundles of single commands start from src/cli/entries/.) */
export function main(argv: readonly string[], io?: CliIO): Promise<ExitCode> {
  return runCli(COMMANDS, argv, io);
}
