// `cfsim test` for people: one line per case, the failures with expected vs actual and where the
// run left the expected path, warnings, then the summary. The summary is always the last line.
import type { CaseResult, Divergence, FileResult, Totals } from '../../scenario/types.js';
import type { Style } from './style.js';

export function formatTestText(files: readonly FileResult[], style: Style): string {
  const lines: string[] = [];
  for (const file of files) {
    lines.push(`${style.bold(file.file)} ${style.dim(`→ ${file.flow}`)}`);
    for (const result of file.cases) lines.push(...caseLines(file.file, result, style));
    for (const warning of file.warnings) lines.push(`  ${style.yellow('⚠')} ${warning.message} ${style.dim(`${file.file}:${warning.position.line}`)}`);
  }
  return `${lines.join('\n')}${lines.length ? '\n' : ''}`;
}

/** `3 passed, 1 failed` and `, 2 skipped` when any were: the contract for the last line of a run. */
export function summaryLine(totals: Totals): string {
  return `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
}

function caseLines(file: string, result: CaseResult, style: Style): string[] {
  switch (result.status) {
    case 'passed':
      return [`  ${style.green('✔')} ${result.name}`, ...warnings(file, result, style)];
    case 'skipped':
      return [`  ${style.cyan('○')} ${result.name} ${style.dim(result.skipReason ? `(skipped: ${result.skipReason})` : '(skipped)')}`];
    case 'failed':
      return [
        `  ${style.red('✖')} ${result.name} ${style.dim(`${file}:${result.position.line}:${result.position.column}`)}`,
        ...result.failures.map((failure) => `      ${style.red(failure.message)}`),
        ...(result.divergence ? [`      ${divergenceLine(result.divergence)}`] : []),
        ...(result.steps.length ? [`      ${style.dim(`run: ${stepsLine(result.steps)}`)}`] : []),
        ...warnings(file, result, style),
      ];
  }
}

function warnings(file: string, result: CaseResult, style: Style): string[] {
  return result.warnings.map((warning) => `      ${style.yellow('⚠')} ${warning.message} ${style.dim(`${file}:${warning.position.line}`)}`);
}

/** `left the expected path at step 2: get-profile took NoneFoundError → create (reason); expected next: greet`. */
export function divergenceLine(divergence: Divergence): string {
  const next = divergence.next === null ? ', and the run ended' : ` → ${divergence.next}`;
  const reason = divergence.reason ? ` (${divergence.reason})` : '';
  return `left the expected path at step ${divergence.step}: ${divergence.identifier} took ${divergence.branch}${next}${reason}; expected ${divergence.expected}`;
}

/** The run in one line: `get-profile NoneFoundError → create Success → bye`. Long runs keep both ends. */
export function stepsLine(steps: CaseResult['steps']): string {
  const shown = steps.map((step) => `${step.identifier} ${step.branch}`);
  const kept = shown.length > 20 ? [...shown.slice(0, 10), `… ${shown.length - 16} more …`, ...shown.slice(-6)] : shown;
  return kept.join(' → ');
}
