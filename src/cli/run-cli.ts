import { CommanderError } from 'commander';
import { buildProgram, type Commands } from './program.js';
import { ExitCode, UsageError } from './exit-codes.js';
import { processIO, type CliIO } from './io.js';

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
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exitCode 0.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.BadInput;
    }
    if (error instanceof UsageError) {
      io.stderr(`cfsim: ${error.message}\n${error.fix ? `  fix: ${error.fix}\n` : ''}`);
      return ExitCode.BadInput;
    }
    // A bug: say so plainly, keep the detail for a report, no stack trace in the user's face.
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`cfsim: internal error: ${detail}\n  please report it with the command you ran (set CFSIM_DEBUG=1 for details)\n`);
    if (io.env.CFSIM_DEBUG) io.stderr(`${error instanceof Error ? error.stack : ''}\n`);
    return ExitCode.Failed;
  }
}
