// The document a machine-readable format prints when the command could not do its work (exit 2 for
// usage and input problems, 1 for an internal error): the same shape a success has, saying it
// failed, so a script that reads `valid`, `passed` or `outcome` reads a failure, and
// `cfsim validate --format sarif > cfsim.sarif` leaves a SARIF log a code-scanning upload accepts.
import type { Diagnostic } from '../../validate/diagnostic.js';
import { formatAnnotationWithoutFile } from './github.js';
import type { MachineFormat } from './machine-format.js';

export interface CommandProblem {
  /** InputError: a usage or input problem (exit 2); InternalError: a bug in cfsim (exit 1). */
  readonly code: 'InputError' | 'InternalError';
  readonly message: string;
  readonly fix?: string | undefined;
  /** The problems found in input files, each at its place, when that is what stopped the command. */
  readonly diagnostics?: readonly Diagnostic[];
}

export async function formatErrorDocument(format: MachineFormat, problem: CommandProblem, exitCode: number, version: string): Promise<string> {
  if (format.format === 'sarif') return (await import('./diagnostics-sarif.js')).formatSarifFailure(problem, exitCode, version);
  if (format.format === 'github') return `${formatAnnotationWithoutFile('error', 'cfsim', problem.fix ? `${problem.message}\nfix: ${problem.fix}` : problem.message)}\n`;
  const error = {
    code: problem.code,
    message: problem.message,
    ...(problem.fix ? { fix: problem.fix } : {}),
    ...(problem.diagnostics ? { diagnostics: problem.diagnostics.map(({ path, ...diagnostic }) => ({ ...diagnostic, path: [...path] })) } : {}),
  };
  return `${JSON.stringify(shaped(format, error, exitCode), null, 2)}\n`;
}

/** Each command's own document, empty, with `error`. */
function shaped(format: MachineFormat, error: object, exitCode: number): object {
  switch (format.command) {
    case 'run':
      return { outcome: 'Error', error, exitCode, steps: [], prompts: [], attributes: {}, customer: {} };
    case 'validate':
      return { valid: false, error, exitCode, summary: { files: 0, errors: 0, warnings: 0 }, files: [] };
    case 'test':
      return { passed: false, error, exitCode, summary: { passed: 0, failed: 0, skipped: 0, total: 0, durationMs: 0 }, files: [] };
    case 'profiles':
      return { error, exitCode };
  }
}
