/** Exit statuses, the same for every command (shown in `cfsim --help`). */
export const ExitCode = {
  /** Everything passed (warnings allowed). */
  Ok: 0,
  /** The input was read but found wanting: invalid flow, failing test, runtime error in a run. */
  Failed: 1,
  /** Usage or input problem: bad option, missing or unreadable file, malformed contact/fixture. */
  BadInput: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export const EXIT_CODE_HELP = `
Exit codes:
  0  success (warnings allowed unless --strict)
  1  a flow is invalid, a test failed, or a run stopped on a runtime error
  2  usage or input problem (bad option, missing file, malformed input)`;

/** A problem with what the user asked for; printed as one line, never with a stack. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly fix?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
