// Entry of dist/bundle/test.cjs (scripts/bundle.js): the CLI with `test` alone, so that its start-up
// reads and compiles no other command's code. bin/cfsim.js sends `cfsim test ...` here.
import type { CliIO } from '../io.js';
import { registerTest } from '../commands/test.js';
import { runCli } from '../run-cli.js';

export const main = (argv: readonly string[], io?: CliIO) => runCli({ test: registerTest }, argv, io);
