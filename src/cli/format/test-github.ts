// `cfsim test --reporter github`: GitHub Actions annotations on the scenario file, at the line of
// the failing case, so the pull request shows each failure where the case is written.
import type { FileResult, ScenarioWarning } from '../../scenario/types.js';
import { formatAnnotation, type PathRoot } from './github.js';
import { divergenceLine } from './test-text.js';

export function formatTestGithub(files: readonly FileResult[], root?: PathRoot): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const result of file.cases) {
      const position = { file: file.file, line: result.position.line, column: result.position.column };
      if (result.status === 'failed') {
        const message = [...result.failures.map((failure) => failure.message), ...(result.divergence ? [divergenceLine(result.divergence)] : [])].join('\n');
        lines.push(formatAnnotation({ level: 'error', ...position, title: `cfsim test: ${result.name}`, message }, root));
      }
      for (const warning of result.warnings) lines.push(annotateWarning(file.file, `cfsim test: ${result.name}`, warning, root));
    }
    for (const warning of file.warnings) lines.push(annotateWarning(file.file, 'cfsim test', warning, root));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function annotateWarning(file: string, title: string, warning: ScenarioWarning, root: PathRoot | undefined): string {
  return formatAnnotation({ level: 'warning', file, ...warning.position, title, message: warning.message }, root);
}
