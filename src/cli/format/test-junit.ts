// `cfsim test --reporter junit`: JUnit XML as CI systems read it (Jenkins, GitLab, Azure, the
// GitHub test-report actions): one <testsuite> per scenario file, one <testcase> per case, and
// with --min-coverage a suite "coverage" whose one testcase is the minimum.
import type { CaseResult, FileResult, Totals } from '../../scenario/types.js';
import type { FileReport } from './diagnostics.js';
import { branchCoverageLines, minimumVerdict } from './test-coverage.js';
import type { TestReport } from './test-report.js';
import { divergenceLine, stepsLine } from './test-text.js';

export function formatTestJunit(report: TestReport): string {
  const { totals } = report;
  const minimum = minimumSuite(report);
  const tests = count(totals) + (minimum ? 1 : 0);
  const failures = totals.failed + (minimum?.failed ? 1 : 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'cfsim', tests, failures, errors: 0, skipped: totals.skipped, time: seconds(report.durationMs) })}>`,
    ...report.files.flatMap(suite),
    ...(minimum?.lines ?? []),
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Scenario files that could not be read or checked (exit 2, no case ran): one suite per file with
 * one errored testcase, so that a CI system reading the report shows the problem instead of no report.
 */
export function formatJunitInputErrors(reports: readonly FileReport[]): string {
  const broken = reports.filter((report) => report.diagnostics.some((diagnostic) => diagnostic.severity === 'error'));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'cfsim', tests: broken.length, failures: 0, errors: broken.length, skipped: 0, time: seconds(0) })}>`,
    ...broken.flatMap(({ file, diagnostics }) => {
      const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
      const details = errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}${d.fix ? `\n  fix: ${d.fix}` : ''}`);
      const first = errors[0];
      return [
        `  <testsuite${attributes({ name: file, tests: 1, failures: 0, errors: 1, skipped: 0, time: seconds(0), file })}>`,
        `    <testcase${attributes({ name: 'scenario file', classname: file, time: seconds(0), file, line: first?.line ?? 1 })}>`,
        `      <error${attributes({ message: `${first?.message ?? 'cannot be read'}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`, type: first?.code ?? 'input' })}>${escapeText(details.join('\n'))}</error>`,
        '    </testcase>',
        '  </testsuite>',
      ];
    }),
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}

function suite(file: FileResult): string[] {
  const status = (wanted: CaseResult['status']): number => file.cases.filter((result) => result.status === wanted).length;
  const header = attributes({
    name: file.file, tests: file.cases.length, failures: status('failed'), errors: 0, skipped: status('skipped'), time: seconds(file.durationMs), file: file.file,
  });
  return [
    `  <testsuite${header}>`,
    `    <properties>${element('property', { name: 'flow', value: file.flow })}</properties>`,
    ...file.cases.flatMap((result) => testcase(file.file, result)),
    ...(file.warnings.length ? [`    <system-out>${escapeText(file.warnings.map((warning) => `warning: ${warning.message}`).join('\n'))}</system-out>`] : []),
    '  </testsuite>',
  ];
}

/**
 * --min-coverage as a testcase of its own: a CI system that reads only this report fails the build
 * on a shortfall, as the exit status does. The failure's text gives the figures of each flow.
 */
function minimumSuite(report: TestReport): { readonly failed: boolean; readonly lines: string[] } | undefined {
  if (!report.coverage || report.minCoverage === undefined) return undefined;
  const verdict = minimumVerdict(report.coverage, report.minCoverage);
  const open = `    <testcase${attributes({ name: `branch coverage ≥ ${report.minCoverage}%`, classname: 'coverage', time: seconds(0) })}`;
  const details = [...branchCoverageLines(report.coverage), 'cfsim test --coverage lists the branches no case takes'];
  const testcase = verdict.met
    ? [`${open}/>`]
    : [`${open}>`, `      <failure${attributes({ message: verdict.message, type: 'min-coverage' })}>${escapeText(details.join('\n'))}</failure>`, '    </testcase>'];
  return {
    failed: !verdict.met,
    lines: [`  <testsuite${attributes({ name: 'coverage', tests: 1, failures: verdict.met ? 0 : 1, errors: 0, skipped: 0, time: seconds(0) })}>`, ...testcase, '  </testsuite>'],
  };
}

function testcase(file: string, result: CaseResult): string[] {
  const open = `    <testcase${attributes({ name: result.name, classname: file, time: seconds(result.durationMs), file, line: result.position.line })}`;
  const body: string[] = [];
  if (result.status === 'skipped') body.push(`      ${element('skipped', result.skipReason ? { message: result.skipReason } : {})}`);
  if (result.status === 'failed') {
    const first = result.failures[0];
    const details = [
      ...result.failures.map((failure) => failure.message),
      ...(result.divergence ? [divergenceLine(result.divergence)] : []),
      ...(result.steps.length ? [`run: ${stepsLine(result.steps)}`] : []),
      `at ${file}:${result.position.line}:${result.position.column}`,
    ];
    const type = first?.expectation ?? 'run';
    body.push(`      <failure${attributes({ message: summary(result), type })}>${escapeText(details.join('\n'))}</failure>`);
  }
  if (result.warnings.length) body.push(`      <system-out>${escapeText(result.warnings.map((warning) => `warning: ${warning.message}`).join('\n'))}</system-out>`);
  return body.length ? [`${open}>`, ...body, '    </testcase>'] : [`${open}/>`];
}

/** The first failure, and how many more: the one line CI shows in its list. */
function summary(result: CaseResult): string {
  const [first, ...rest] = result.failures;
  return `${first?.message ?? 'failed'}${rest.length ? ` (and ${rest.length} more)` : ''}`;
}

function element(name: string, values: Readonly<Record<string, string | number>>): string {
  return `<${name}${attributes(values)}/>`;
}

function attributes(values: Readonly<Record<string, string | number>>): string {
  return Object.entries(values).map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`).join('');
}

function count(totals: Totals): number {
  return totals.passed + totals.failed + totals.skipped;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/**
 * XML 1.0 allows tab, LF, CR and U+0020 up: other control characters (an ANSI escape in a prompt)
 * and lone surrogates would make the whole report unreadable, so they become U+FFFD.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Also quotes, and whitespace as character references: parsers turn a raw newline in an attribute into a space. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
