// Entry of dist/bundle/validate.cjs (scripts/bundle.js): the CLI with `validate` alone, so that its start-up
// reads and compiles no other command's code. bin/cfsim.js sends `cfsim validate ...` here.
import type { CliIO } from '../io.js';
import { registerValidate } from '../commands/validate.js';
import { runCli } from '../run-cli.js';

export const main = (argv: readonly string[], io?: CliIO) => runCli({ validate: registerValidate }, argv, io);
