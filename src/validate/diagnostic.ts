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

/** The most of the file's own text a message quotes: a minified line or a binary blob must not flood the terminal. */
const MAX_QUOTED = 120;

/** `text` cut to MAX_QUOTED characters, with … where it was cut. */
export function clip(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}
