// Runtime errors that are exceptions: bugs and broken infrastructure only. The flow's own
// failures are branches (Outcome), and a run that stops is data (RunEnd.error).

export type RuntimeErrorCode = 'InternalError' | 'RunEnded';

export class RuntimeError extends Error {
  constructor(
    readonly code: RuntimeErrorCode,
    message: string,
    /** The action it happened at ("" when none). */
    readonly identifier: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RuntimeError';
  }
}
