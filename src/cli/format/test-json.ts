// `cfsim test --reporter json`: one JSON document for scripts. Coverage percentages are included
// so a script need not recompute them.
import { meetsMinimum, percent, type CoverageReport, type Ratio } from '../../scenario/coverage.js';
import type { TestReport } from './test-report.js';

export function formatTestJson(input: TestReport): string {
  const document = {
    passed: input.totals.failed === 0 && coverageMet(input),
    ...(input.seed !== undefined ? { seed: input.seed } : {}),
    summary: { ...input.totals, total: input.totals.passed + input.totals.failed + input.totals.skipped, durationMs: round(input.durationMs) },
    files: input.files.map((file) => ({
      file: file.file,
      flow: file.flow,
      durationMs: round(file.durationMs),
      warnings: file.warnings,
      cases: file.cases.map((result) => ({
        name: result.name,
        line: result.position.line,
        column: result.position.column,
        status: result.status,
        durationMs: round(result.durationMs),
        ...(result.skipReason !== undefined ? { skipReason: result.skipReason } : {}),
        failures: result.failures,
        ...(result.divergence ? { divergence: result.divergence } : {}),
        // The run's path only where it helps: a failing case.
        ...(result.status === 'failed' ? { steps: result.steps } : {}),
        warnings: result.warnings,
      })),
    })),
    ...(input.coverage ? { coverage: coverageJson(input.coverage, input.minCoverage) } : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function coverageMet(input: TestReport): boolean {
  return input.coverage === undefined || input.minCoverage === undefined || meetsMinimum(input.coverage, input.minCoverage);
}

function coverageJson(report: CoverageReport, minCoverage: number | undefined) {
  return {
    blocks: withPercent(report.blockRatio),
    branches: withPercent(report.branchRatio),
    faultBranches: withPercent(report.faultBranchRatio),
    profileBranches: withPercent(report.profileBranchRatio),
    ...(minCoverage !== undefined ? { minCoverage, meetsMinimum: meetsMinimum(report, minCoverage) } : {}),
    flows: report.flows.map((flow) => ({
      file: flow.file,
      name: flow.name,
      blocks: withPercent(flow.blockRatio),
      branches: withPercent(flow.branchRatio),
      faultBranches: withPercent(flow.faultBranchRatio),
      profileBranches: withPercent(flow.profileBranchRatio),
      actions: flow.blocks,
    })),
  };
}

function withPercent(ratio: Ratio) {
  return { ...ratio, percent: Math.floor(percent(ratio) * 10) / 10 };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
