// Branch coverage of flows: every block and every branch it declares (graph.branchesOf), and how
// often the cases' runs took it. Runs report identifier + branch per step; a "Condition" step is
// told apart from its siblings by its target, and by the condition text when targets are shared.
import { branchesOf } from '../flow/graph.js';
import type { FlowAction, LoadedFlow } from '../flow/types.js';
import { describeCondition } from '../runtime/conditions.js';

/** The Customer Profiles blocks, whose branches the product exists to exercise. */
export const PROFILE_BLOCK_TYPES: ReadonlySet<string> = new Set([
  'GetCustomerProfile', 'CreateCustomerProfile', 'UpdateCustomerProfile', 'AssociateContactToCustomerProfile',
]);

/** A step as coverage needs it: which flow, which block, which branch, where it went. */
export interface CoveredStep {
  readonly identifier: string;
  readonly branch: string;
  readonly next: string | null;
  readonly reason?: string;
}

/** Hit counts by flow file, then block identifier, then branch key (see branchKey). */
export type CoverageHits = Map<string, Map<string, Map<string, number>>>;

export interface BranchCoverage {
  /** Success, an ErrorType, or Condition. */
  readonly branch: string;
  /** For conditions: `Equals 1`. */
  readonly label?: string;
  readonly target: string;
  readonly taken: number;
}

export interface BlockCoverage {
  readonly identifier: string;
  readonly type: string;
  readonly line: number;
  readonly column: number;
  readonly visits: number;
  readonly branches: readonly BranchCoverage[];
}

export interface Ratio {
  readonly covered: number;
  readonly total: number;
}

export interface FlowCoverage {
  readonly file: string;
  readonly name: string;
  readonly blocks: readonly BlockCoverage[];
  readonly blockRatio: Ratio;
  readonly branchRatio: Ratio;
  /** Branches of the Customer Profiles blocks only. */
  readonly profileBranchRatio: Ratio;
}

export interface CoverageReport {
  readonly flows: readonly FlowCoverage[];
  readonly blockRatio: Ratio;
  readonly branchRatio: Ratio;
  readonly profileBranchRatio: Ratio;
}

/** Adds one run's steps in `flow` to the hits. */
export function recordSteps(hits: CoverageHits, flow: LoadedFlow, steps: readonly CoveredStep[]): void {
  let blocks = hits.get(flow.file);
  if (!blocks) hits.set(flow.file, (blocks = new Map()));
  for (const step of steps) {
    const action = flow.actionsById.get(step.identifier);
    if (!action) continue;
    let branches = blocks.get(step.identifier);
    if (!branches) blocks.set(step.identifier, (branches = new Map()));
    const key = stepBranchKey(action, step);
    branches.set(key, (branches.get(key) ?? 0) + 1);
    branches.set(VISIT, (branches.get(VISIT) ?? 0) + 1);
  }
}

/** The coverage of each flow, in the order given, from the hits of every run. */
export function coverageOf(flows: readonly LoadedFlow[], hits: CoverageHits): CoverageReport {
  const report = flows.map((flow) => flowCoverage(flow, hits.get(flow.file)));
  return {
    flows: report,
    blockRatio: sum(report.map((flow) => flow.blockRatio)),
    branchRatio: sum(report.map((flow) => flow.branchRatio)),
    profileBranchRatio: sum(report.map((flow) => flow.profileBranchRatio)),
  };
}

/** 100 for nothing to cover: an empty flow is not a gap. */
export function percent(ratio: Ratio): number {
  return ratio.total === 0 ? 100 : (100 * ratio.covered) / ratio.total;
}

/** --min-coverage: the total branch coverage, in percent, is at least `minimum`. */
export function meetsMinimum(report: CoverageReport, minimum: number): boolean {
  return percent(report.branchRatio) >= minimum;
}

const VISIT = '#visits';

function flowCoverage(flow: LoadedFlow, hits: Map<string, Map<string, number>> | undefined): FlowCoverage {
  const blocks = flow.flow.Actions.map((action, index): BlockCoverage => {
    const counts = hits?.get(action.Identifier);
    return {
      identifier: action.Identifier,
      type: action.Type,
      ...flow.source.locate(['Actions', index]),
      visits: counts?.get(VISIT) ?? 0,
      branches: branchesOf(action).map((branch) => ({
        branch: branch.branch,
        ...(branch.label !== undefined ? { label: branch.label } : {}),
        target: branch.target,
        taken: counts?.get(declaredBranchKey(branch.branch, branch.path)) ?? 0,
      })),
    };
  });
  const branchRatio = (list: readonly BlockCoverage[]): Ratio => {
    const branches = list.flatMap((block) => block.branches);
    return { covered: branches.filter((branch) => branch.taken > 0).length, total: branches.length };
  };
  return {
    file: flow.file,
    name: flow.name,
    blocks,
    blockRatio: { covered: blocks.filter((block) => block.visits > 0).length, total: blocks.length },
    branchRatio: branchRatio(blocks),
    profileBranchRatio: branchRatio(blocks.filter((block) => PROFILE_BLOCK_TYPES.has(block.type))),
  };
}

/** Conditions by position (several may share a branch name and a target); the rest by branch name. */
function declaredBranchKey(branch: string, path: readonly (string | number)[]): string {
  return branch === 'Condition' ? `Condition:${String(path[2])}` : branch;
}

function stepBranchKey(action: FlowAction, step: CoveredStep): string {
  if (step.branch !== 'Condition') return step.branch;
  const conditions = action.Transitions?.Conditions ?? [];
  const candidates = conditions.flatMap((condition, index) => (condition.NextAction === step.next ? [index] : []));
  // Several conditions to one target: the trace's reason names the matched condition.
  const matched =
    candidates.length > 1
      ? candidates.find((index) => step.reason?.includes(describeCondition(conditions[index]?.Condition ?? { Operator: '', Operands: [] })))
      : undefined;
  return `Condition:${matched ?? candidates[0] ?? -1}`;
}

function sum(ratios: readonly Ratio[]): Ratio {
  return ratios.reduce((total, ratio) => ({ covered: total.covered + ratio.covered, total: total.total + ratio.total }), { covered: 0, total: 0 });
}
