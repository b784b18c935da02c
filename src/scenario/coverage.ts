// Branch coverage of flows: every block and every branch it declares, as the runtime can take it
// (branch-model.ts: ordinary branches, fault branches, unreachable ones), and how often the cases'
// runs took it. A "Condition" step names its matched condition by index (StepEvent.condition).
import type { LoadedFlow } from '../flow/types.js';
import { branchModel, stepBranchKey, type BranchKind } from './branch-model.js';

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
  readonly condition?: number;
}

/** Hit counts by flow file, then block identifier, then branch key (see branchKey). */
export type CoverageHits = Map<string, Map<string, Map<string, number>>>;

export interface BranchCoverage {
  /** Success, an ErrorType, or Condition. */
  readonly branch: string;
  /** The name reports and expectations use: `Success`, `Equals 1`, `ContinueLooping`, `NoneFoundError`. */
  readonly name: string;
  /** branch: counted in `branches`; fault: only a failure reaches it (`fault branches`); unreachable: not counted. */
  readonly kind: BranchKind;
  /** Why a fault or unreachable branch is one. */
  readonly reason?: string;
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
  /** Branches only a failure reaches. */
  readonly faultBranchRatio: Ratio;
  /** Branches of the Customer Profiles blocks only (ordinary and fault branches). */
  readonly profileBranchRatio: Ratio;
}

export interface CoverageReport {
  readonly flows: readonly FlowCoverage[];
  readonly blockRatio: Ratio;
  readonly branchRatio: Ratio;
  readonly faultBranchRatio: Ratio;
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
    const key = stepBranchKey(step);
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
    faultBranchRatio: sum(report.map((flow) => flow.faultBranchRatio)),
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
      branches: branchModel(action).map((branch) => ({
        branch: branch.condition !== undefined ? 'Condition' : branch.key,
        name: branch.name,
        kind: branch.kind,
        ...(branch.reason !== undefined ? { reason: branch.reason } : {}),
        target: branch.target,
        taken: counts?.get(branch.key) ?? 0,
      })),
    };
  });
  return { file: flow.file, name: flow.name, blocks, ...ratiosOf(blocks) };
}

function ratiosOf(blocks: readonly BlockCoverage[]): Pick<FlowCoverage, 'blockRatio' | 'branchRatio' | 'faultBranchRatio' | 'profileBranchRatio'> {
  const branchRatio = (list: readonly BlockCoverage[], kinds: readonly BranchKind[] = ['branch']): Ratio => {
    const branches = list.flatMap((block) => block.branches).filter((branch) => kinds.includes(branch.kind));
    return { covered: branches.filter((branch) => branch.taken > 0).length, total: branches.length };
  };
  return {
    blockRatio: { covered: blocks.filter((block) => block.visits > 0).length, total: blocks.length },
    branchRatio: branchRatio(blocks),
    faultBranchRatio: branchRatio(blocks, ['fault']),
    profileBranchRatio: branchRatio(blocks.filter((block) => PROFILE_BLOCK_TYPES.has(block.type)), ['branch', 'fault']),
  };
}

function sum(ratios: readonly Ratio[]): Ratio {
  return ratios.reduce((total, ratio) => ({ covered: total.covered + ratio.covered, total: total.total + ratio.total }), { covered: 0, total: 0 });
}

/**
 * The coverage of several runs of the same flows (shards of one `cfsim test`), as one run would
 * give it: visits and taken counts added, ratios counted again. Every report lists the same flows.
 */
export function mergeCoverage(reports: readonly CoverageReport[]): CoverageReport | undefined {
  const [first, ...rest] = reports;
  if (!first) return undefined;
  const flows = first.flows.map((flow, flowIndex): FlowCoverage => {
    const blocks = flow.blocks.map((block, blockIndex): BlockCoverage => {
      const others = rest.map((report) => report.flows[flowIndex]?.blocks[blockIndex]);
      return {
        ...block,
        visits: block.visits + others.reduce((sum, other) => sum + (other?.visits ?? 0), 0),
        branches: block.branches.map((branch, index) => ({
          ...branch,
          taken: branch.taken + others.reduce((sum, other) => sum + (other?.branches[index]?.taken ?? 0), 0),
        })),
      };
    });
    return { ...flow, blocks, ...ratiosOf(blocks) };
  });
  return {
    flows,
    blockRatio: sum(flows.map((flow) => flow.blockRatio)),
    branchRatio: sum(flows.map((flow) => flow.branchRatio)),
    faultBranchRatio: sum(flows.map((flow) => flow.faultBranchRatio)),
    profileBranchRatio: sum(flows.map((flow) => flow.profileBranchRatio)),
  };
}
