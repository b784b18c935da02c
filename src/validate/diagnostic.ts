import type { DocPath } from '../flow/types.js';

export type Severity = 'error' | 'warning';

/** One finding about one place in one file. Plain data: formatters decide how it reads. */
export interface Diagnostic {
  /** Stable code, e.g. CP003. Documented in docs/diagnostics.md. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  /** Where in the document, e.g. ["Actions", 2, "Parameters"]. */
  readonly path: DocPath;
  /** How to fix it, where there is a clear fix. */
  readonly fix?: string;
}
