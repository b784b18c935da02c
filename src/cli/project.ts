// The project a command runs in (docs/projects.md): cfsim.yaml found by walking up from the working
// directory. A project file that cannot be read or is invalid stops the command (exit 2) with its
// place and fix; its warnings go to stderr. Command-line options override what it says.
import { relative } from 'node:path';
import type { Command } from 'commander';
import type { Project } from '../load/project.js';
import type { Diagnostic } from '../validate/diagnostic.js';
import { UsageError } from './exit-codes.js';
import type { CliIO } from './io.js';

/** The project around io.cwd, or undefined; throws UsageError for a project file that cannot be used. */
export async function findProject(io: CliIO): Promise<Project | undefined> {
  const [{ findProjectFile, readProject }, { InputFileError }] = await Promise.all([import('../load/project.js'), import('../load/read-file.js')]);
  const found = findProjectFile(io.cwd);
  if (!found) return undefined;
  const file = relative(io.cwd, found) || found;
  let read;
  try {
    read = await readProject(file, io.cwd);
  } catch (error) {
    if (error instanceof InputFileError) throw new UsageError(error.message, error.fix);
    throw error;
  }
  if (!read.ok) {
    const [first] = read.diagnostics;
    const more = read.diagnostics.length > 1 ? ` (and ${read.diagnostics.length - 1} more)` : '';
    throw new UsageError(first ? `${placeOf(first)}  ${first.code}  ${first.message}${more}` : `${file}: invalid project file`, first?.fix ?? 'see docs/projects.md');
  }
  return read.value;
}

export function placeOf(diagnostic: Diagnostic): string {
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
}

/** The project's warnings (a pattern that matches nothing) as text lines for stderr. */
export function projectWarningLines(project: Project): string {
  return project.warnings.map((warning) => `${placeOf(warning)}  warning  ${warning.code}  ${warning.message}\n  fix: ${warning.fix ?? ''}\n`).join('');
}

/** Whether the user gave this option on the command line (not its default). */
export function given(command: Command | undefined, option: string): boolean {
  const source = command?.getOptionValueSource(option);
  return source !== undefined && source !== 'default';
}

/** A path of the project (absolute) as the user reads it: relative to the working directory. */
export function fromCwd(io: CliIO, path: string): string {
  return relative(io.cwd, path) || '.';
}
