// Puts a `cfsim test` report together for each reporter. The text report ends with the summary
// line whatever else is shown (coverage, its minimum), so scripts and people find it last.
import type { CoverageReport } from '../../scenario/coverage.js';
import type { FileResult, Totals } from '../../scenario/types.js';
import type { Reporter } from '../commands/test.js';
import { formatAnnotation, type PathRoot } from './github.js';
import type { Style } from './style.js';
import { formatCoverageText, minimumVerdict } from './test-coverage.js';
import { formatTestGithub } from './test-github.js';
import { formatTestJson } from './test-json.js';
import { formatTestJunit } from './test-junit.js';
import { formatTestText, summaryLine } from './test-text.js';

export interface TestReport {
  readonly files: readonly FileResult[];
  readonly totals: Totals;
  readonly durationMs: number;
  /** The --seed the runs' ids came from. */
  readonly seed?: string;
  readonly coverage?: CoverageReport;
  /** Set when --min-coverage was given. */
  readonly minCoverage?: number;
}

export function renderTestReport(report: TestReport, reporter: Reporter, style: Style, root?: PathRoot): string {
  switch (reporter) {
    case 'text':
      return renderTestText(report, style);
    case 'json':
      return formatTestJson(report);
    case 'junit':
      return formatTestJunit(report);
    case 'github':
      // Annotations for the pull request, then the readable report for the log.
      return `${formatTestGithub(report.files, root)}${coverageAnnotation(report, root)}${renderTestText(report, style)}`;
  }
}

export function renderTestText(report: TestReport, style: Style): string {
  const coverage = report.coverage ? `${formatCoverageText(report.coverage, style)}${minimumLine(report, style)}` : '';
  return `${formatTestText(report.files, style)}${coverage}\n${summaryLine(report.totals)}\n`;
}

function minimumLine(report: TestReport, style: Style): string {
  if (!report.coverage || report.minCoverage === undefined) return '';
  const verdict = minimumVerdict(report.coverage, report.minCoverage);
  return `${verdict.met ? style.green(verdict.message) : style.red(`✖ ${verdict.message}`)}\n`;
}

function coverageAnnotation(report: TestReport, root: PathRoot | undefined): string {
  if (!report.coverage || report.minCoverage === undefined) return '';
  const verdict = minimumVerdict(report.coverage, report.minCoverage);
  if (verdict.met) return '';
  const message = `${verdict.message}; run cfsim test --coverage to see the branches no case takes`;
  return `${formatAnnotation({ level: 'error', file: report.coverage.flows[0]?.file ?? '.', line: 1, title: 'cfsim coverage', message }, root)}\n`;
}
