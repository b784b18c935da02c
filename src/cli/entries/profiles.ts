// Entry of dist/bundle/profiles.cjs (scripts/bundle.js): the CLI with `profiles` alone, so that its start-up
// reads and compiles no other command's code. bin/cfsim.js sends `cfsim profiles ...` here.
import type { CliIO } from '../io.js';
import { registerProfiles } from '../commands/profiles.js';
import { runCli } from '../run-cli.js';

export const main = (argv: readonly string[], io?: CliIO) => runCli({ profiles: registerProfiles }, argv, io);
