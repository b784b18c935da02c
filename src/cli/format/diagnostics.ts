import type { Diagnostic } from '../../validate/diagnostic.js';
import type { FlowInput } from '../../validate/inputs.js';

/** The validation result of one file, as every formatter receives it. */
export interface FileReport {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  /** `cfsim validate`: the `$.Attributes` the flow reads and never sets (src/validate/inputs.ts). */
  readonly inputs?: readonly FlowInput[];
}

export interface Summary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
}

export function summarize(reports: readonly FileReport[]): Summary {
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    for (const diagnostic of report.diagnostics) {
      if (diagnostic.severity === 'error') errors++;
      else warnings++;
    }
  }
  return { files: reports.length, errors, warnings };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
