// `cfsim test --coverage` for people: a table per flow (blocks, branches, Customer Profiles
// branches), the total, then every branch no case took, by block, at the block's file:line:col.
import { meetsMinimum, percent, type BlockCoverage, type CoverageReport, type Ratio } from '../../scenario/coverage.js';
import type { Style } from './style.js';

const HEADERS = ['flow', 'blocks', 'branches', 'fault branches', 'profile branches'] as const;

export function formatCoverageText(report: CoverageReport, style: Style): string {
  const rows = [
    ...report.flows.map((flow) => [flow.file, ratio(flow.blockRatio), ratio(flow.branchRatio), ratio(flow.faultBranchRatio), ratio(flow.profileBranchRatio)]),
    ['total', ratio(report.blockRatio), ratio(report.branchRatio), ratio(report.faultBranchRatio), ratio(report.profileBranchRatio)],
  ];
  const widths = HEADERS.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string => `  ${cells.map((cell, column) => (column ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[0] ?? 0))).join('   ')}`.trimEnd();
  const lines = [
    '',
    style.bold('Coverage: blocks reached and branches taken by at least one case'),
    style.dim(line(HEADERS)),
    ...rows.slice(0, -1).map(line),
    style.bold(line(rows[rows.length - 1] ?? [])),
    ...untaken(report, style),
  ];
  return `${lines.join('\n')}\n`;
}

/** --min-coverage's verdict in the words every reporter uses: `branch coverage 65.5% is below --min-coverage 90`. */
export function minimumVerdict(report: CoverageReport, minimum: number): { readonly met: boolean; readonly message: string } {
  const met = meetsMinimum(report, minimum);
  return { met, message: `branch coverage ${formatPercent(percent(report.branchRatio))} ${met ? 'meets' : 'is below'} --min-coverage ${minimum}` };
}

/** Branch coverage of each flow and in total, one aligned line each: the figures behind the verdict. */
export function branchCoverageLines(report: CoverageReport): string[] {
  const rows: [string, Ratio][] = [...report.flows.map((flow): [string, Ratio] => [flow.file, flow.branchRatio]), ['total', report.branchRatio]];
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, value]) => `${name.padEnd(width)}  ${ratio(value)}`);
}

/** `7/9  77.7%`: rounded down, so a gap never shows as 100%. */
export function formatPercent(value: number): string {
  const floored = Math.floor(value * 10) / 10;
  return `${Number.isInteger(floored) ? floored.toFixed(0) : floored.toFixed(1)}%`;
}

function ratio(value: Ratio): string {
  return value.total === 0 ? '-' : `${value.covered}/${value.total}  ${formatPercent(percent(value)).padStart(6)}`;
}

/** One line per branch no case took, each with its block's file:line:col (editors and CI logs link them). */
function untaken(report: CoverageReport, style: Style): string[] {
  const lines: string[] = [];
  for (const flow of report.flows) {
    for (const block of flow.blocks) {
      const where = `  ${style.bold(`${flow.file}:${block.line}:${block.column}`)}  ${blockName(block)}`;
      // A block never reached has every branch untaken: one line says it.
      if (!block.visits) {
        lines.push(`${where}  ${style.red(neverReached(block))}`);
        continue;
      }
      for (const branch of block.branches.filter((candidate) => candidate.taken === 0 && candidate.kind !== 'unreachable')) {
        const fault = branch.kind === 'fault' ? style.dim(' (fault branch)') : '';
        lines.push(`${where}  ${style.yellow(branch.name)} → ${branch.target}${fault}`);
      }
    }
  }
  return lines.length ? ['', style.bold('Branches no case took:'), ...lines] : ['', style.green('Every block reached, every branch taken.')];
}

function neverReached(block: BlockCoverage): string {
  const count = block.branches.filter((branch) => branch.kind !== 'unreachable').length;
  return count ? `never reached (${count} branch${count === 1 ? '' : 'es'})` : 'never reached';
}

function blockName(block: BlockCoverage): string {
  return `${block.identifier} (${block.type})`;
}
