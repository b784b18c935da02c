import { plural, summarize, type FileReport } from './diagnostics.js';
import type { Style } from './style.js';

/**
 * Human output: `file:line:col  severity  CODE  message`, then the fix, then a summary line.
 * `noun` names the files in the summary (scenario files for `cfsim test`). `verdict` false: no "✔ valid"
 * with warnings alone, for `cfsim test`, where it would read as a pass before any case has run.
 */
export function formatText(reports: readonly FileReport[], chalk: Style, noun = 'flow file', verdict = true): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const diagnostic of report.diagnostics) {
      const severity = diagnostic.severity === 'error' ? chalk.red('error  ') : chalk.yellow('warning');
      lines.push(`${chalk.bold(`${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`)}  ${severity}  ${chalk.dim(diagnostic.code)}  ${diagnostic.message}`);
      if (diagnostic.fix) lines.push(`    ${chalk.cyan('fix:')} ${diagnostic.fix}`);
    }
    // `validate --verbose`: what the flow expects from the contact (information, not a finding).
    if (report.inputs?.length) {
      const listed = report.inputs.map((input) => input.reference).join(', ');
      const first = report.inputs[0];
      if (first) lines.push(`${chalk.bold(`${report.file}:${first.line}:${first.column}`)}  ${chalk.cyan('info   ')}  inputs  the flow reads ${plural(report.inputs.length, 'attribute')} no block of it sets, from the contact: ${listed}`);
    }
  }
  const summary = summarize(reports);
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`;
  const last = summary.errors
    ? chalk.red(`✖ ${counts}`)
    : verdict ? chalk.green(`✔ valid${summary.warnings ? ` (${counts})` : ''}`) : chalk.yellow(plural(summary.warnings, 'warning'));
  lines.push(`${last} in ${plural(summary.files, noun)}`);
  return `${lines.join('\n')}\n`;
}
