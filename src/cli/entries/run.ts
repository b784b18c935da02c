// Entry of dist/bundle/run.cjs (scripts/bundle.js): the CLI with `run` alone, so that its start-up
// reads and compiles no other command's code. bin/cfsim.js sends `cfsim run ...` here.
import type { CliIO } from '../io.js';
import { registerRun } from '../commands/run.js';
import { runCli } from '../run-cli.js';

export const main = (argv: readonly string[], io?: CliIO) => runCli({ run: registerRun }, argv, io);
