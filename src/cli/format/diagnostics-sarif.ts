import { relative, sep } from 'node:path';
import { DIAGNOSTIC_CODES } from '../../validate/codes.js';
import type { FileReport } from './diagnostics.js';
import { docsUri } from './package-docs.js';

// SARIF 2.1.0, the format GitHub code scanning reads: https://docs.oasis-open.org/sarif/sarif/v2.1.0/
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export function formatSarif(reports: readonly FileReport[], cwd: string, version: string): string {
  const codes = Object.keys(DIAGNOSTIC_CODES);
  const results = reports.flatMap((report) =>
    report.diagnostics.map((diagnostic) => ({
      ruleId: diagnostic.code,
      ruleIndex: codes.indexOf(diagnostic.code),
      level: diagnostic.severity,
      message: { text: diagnostic.fix ? `${diagnostic.message} (fix: ${diagnostic.fix})` : diagnostic.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: toUri(diagnostic.file, cwd), uriBaseId: '%SRCROOT%' },
          region: { startLine: diagnostic.line, startColumn: diagnostic.column },
        },
      }],
    })),
  );
  const artifacts = reports.map((report) => ({ location: { uri: toUri(report.file, cwd), uriBaseId: '%SRCROOT%' } }));
  return sarifLog({ version, artifacts, results });
}

/**
 * The SARIF log of a validation that could not start or finish (no flow file found, an unreadable
 * file, a bad option): no results, and the problem as a tool execution notification of a failed
 * invocation, so that `cfsim validate --format sarif > cfsim.sarif` always leaves a valid log.
 */
export function formatSarifFailure(problem: { readonly message: string; readonly fix?: string | undefined }, exitCode: number, version: string): string {
  const text = problem.fix ? `${problem.message} (fix: ${problem.fix})` : problem.message;
  const invocation = { executionSuccessful: false, exitCode, toolExecutionNotifications: [{ level: 'error', message: { text } }] };
  return sarifLog({ version, invocations: [invocation], artifacts: [], results: [] });
}

function sarifLog(run: { readonly version: string; readonly invocations?: readonly object[]; readonly artifacts: readonly object[]; readonly results: readonly object[] }): string {
  const { version, ...rest } = run;
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver: driver(version) }, ...rest }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** cfsim and its rules, one per diagnostic code, each with its help: the summary as text, and a link
 * to its row of docs/diagnostics.md as installed with the package. */
function driver(version: string) {
  const rules = Object.entries(DIAGNOSTIC_CODES).map(([code, entry]) => {
    const helpUri = docsUri('diagnostics.md', code.toLowerCase());
    return {
      id: code,
      name: code,
      shortDescription: { text: entry.summary },
      help: { text: `${entry.summary}. See docs/diagnostics.md#${code.toLowerCase()} in the cfsim package.` },
      defaultConfiguration: { level: entry.severity },
      ...(helpUri ? { helpUri } : {}),
    };
  });
  const informationUri = docsUri('diagnostics.md');
  return { name: 'cfsim', version, ...(informationUri ? { informationUri } : {}), rules };
}

function toUri(file: string, cwd: string): string {
  return relative(cwd, file).split(sep).map(encodeURIComponent).join('/');
}
