// `cfsim validate` in a project (docs/projects.md): the project file's warnings, and the cross-file
// checks (src/validate/project-references.ts) added to each flow's report.
import { indexProject } from '../../load/project-index.js';
import type { Project } from '../../load/project.js';
import type { FlowSource } from '../../flow/load.js';
import { projectReferenceDiagnostics } from '../../validate/project-references.js';
import type { Diagnostic } from '../../validate/diagnostic.js';
import type { FileReport } from '../format/diagnostics.js';
import type { CliIO } from '../io.js';
import { fromCwd } from '../project.js';

/**
 * Adds the cross-file problems to `reports` (in place, each file's sorted by position) and returns
 * the reports of files that had none before: the project file's own warnings.
 */
export function projectReports(project: Project, sources: ReadonlyMap<string, FlowSource>, reports: FileReport[], io: CliIO, strict: boolean): FileReport[] {
  const index = indexProject(project, io.cwd, sources);
  const projectFile = fromCwd(io, project.file);
  const byFile = new Map(reports.map((report, position) => [report.file, position]));
  for (const source of sources.values()) {
    const found = projectReferenceDiagnostics(source, index, projectFile).map((diagnostic) => withStrict(diagnostic, strict));
    const position = byFile.get(source.file);
    const report = position === undefined ? undefined : reports[position];
    if (!found.length || !report || position === undefined) continue;
    reports[position] = { ...report, diagnostics: [...report.diagnostics, ...found].sort((a, b) => a.line - b.line || a.column - b.column) };
  }
  const warnings = project.warnings.map((warning) => withStrict(warning, strict));
  return warnings.length ? [{ file: projectFile, diagnostics: warnings }] : [];
}

/** --strict makes warnings fail, as validateFlowSource does for a flow's own warnings. */
function withStrict(diagnostic: Diagnostic, strict: boolean): Diagnostic {
  return strict && diagnostic.severity === 'warning' ? { ...diagnostic, severity: 'error' } : diagnostic;
}
