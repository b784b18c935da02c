import { formatAnnotation, type PathRoot } from './github.js';
import { plural, summarize, type FileReport } from './diagnostics.js';

export function formatGithub(reports: readonly FileReport[], noun = 'flow file', root?: PathRoot): string {
  const lines = reports.flatMap((report) =>
    report.diagnostics.map((diagnostic) =>
      formatAnnotation({
        level: diagnostic.severity,
        file: diagnostic.file,
        line: diagnostic.line,
        column: diagnostic.column,
        title: `cfsim ${diagnostic.code}`,
        message: diagnostic.fix ? `${diagnostic.message}\nfix: ${diagnostic.fix}` : diagnostic.message,
      }, root),
    ),
  );
  const summary = summarize(reports);
  lines.push(`cfsim: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} in ${plural(summary.files, noun)}`);
  return `${lines.join('\n')}\n`;
}
