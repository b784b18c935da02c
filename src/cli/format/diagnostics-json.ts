import { summarize, type FileReport } from './diagnostics.js';

/** One JSON document: every file, valid or not, with its diagnostics, and the totals. */
export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(
    {
      valid: summarize(reports).errors === 0,
      summary: summarize(reports),
      files: reports.map((report) => ({
        file: report.file,
        valid: !report.diagnostics.some((diagnostic) => diagnostic.severity === 'error'),
        diagnostics: report.diagnostics.map(({ path, ...diagnostic }) => ({ ...diagnostic, path: [...path] })),
        ...(report.inputs ? { inputs: report.inputs.map(({ path, ...input }) => ({ ...input, path: [...path] })) } : {}),
      })),
    },
    null,
    2,
  )}\n`;
}
