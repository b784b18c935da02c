import { relative, sep } from 'node:path';
import { DIAGNOSTIC_CODES } from '../../validate/codes.js';
import type { FileReport } from './diagnostics.js';

// SARIF 2.1.0, the format GitHub code scanning reads: https://docs.oasis-open.org/sarif/sarif/v2.1.0/
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export function formatSarif(reports: readonly FileReport[], cwd: string, version: string): string {
  const codes = Object.keys(DIAGNOSTIC_CODES);
  const rules = codes.map((code) => {
    const entry = DIAGNOSTIC_CODES[code] as (typeof DIAGNOSTIC_CODES)[string];
    return {
      id: code,
      name: code,
      shortDescription: { text: entry.summary },
      defaultConfiguration: { level: entry.severity },
      helpUri: `https://github.com/cfsim/cfsim/blob/main/docs/diagnostics.md#${code.toLowerCase()}`,
    };
  });
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
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'cfsim', version, informationUri: 'https://github.com/cfsim/cfsim', rules } },
      artifacts: reports.map((report) => ({ location: { uri: toUri(report.file, cwd), uriBaseId: '%SRCROOT%' } })),
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function toUri(file: string, cwd: string): string {
  return relative(cwd, file).split(sep).map(encodeURIComponent).join('/');
}
