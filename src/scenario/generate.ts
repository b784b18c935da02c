// `cfsim test --generate`: for every branch of the flow under test that no case takes, a case that
// takes it, confirmed by running it. Candidates, cheapest and most natural first:
//   1. the customer's own input: a DTMF key a menu's condition wants, silence for a time-out, a
//      chat contact for a voice-only block; an unknown caller for NoneFoundError; a Customer
//      Profiles failure (`faults:`) for a profile block's Error;
//   2. the block's branch forced with a mocks `blocks:` entry (a fault branch's failure, a result
//      for a condition);
// each first as the contact starts, then with the blocks on the shortest way to the target forced
// too (`blocks:` for each of them). A candidate is kept when its run takes the branch and reaches
// an end (no runtime error). Bounded: at most `maxRuns` runs and until `outOfTime()`.
import type { FlowAction, LoadedFlow } from '../flow/types.js';
import type { BlockMock, Mocks } from '../runtime/mocks.js';
import { branchModel, type ModelBranch } from './branch-model.js';
import { coverageOf, type CoverageHits } from './coverage.js';
import type { CheckedResult } from './expectations.js';
import type { PreparedScenario } from './prepare.js';
import { executeCase } from './run-scenario.js';
import type { Expectations, ScenarioCase } from './types.js';

export interface GenerateOptions {
  readonly maxRuns: number;
  readonly outOfTime: () => boolean;
  readonly seed: string;
  /** Names already used in the files (a generated case never takes one). */
  readonly usedNames: ReadonlySet<string>;
}

/** A case as written to the generated file. */
export interface GeneratedCase {
  readonly name: string;
  readonly contact: Readonly<Record<string, unknown>>;
  readonly mocks?: Mocks;
  readonly faults?: Readonly<Record<string, 'Throttled' | 'Unavailable'>>;
  readonly expect: Expectations;
}

export interface BranchNote {
  readonly identifier: string;
  readonly type: string;
  readonly branch: string;
  readonly reason: string;
}

export interface GenerateResult {
  readonly cases: readonly GeneratedCase[];
  /** Branches the runtime can never take (branch-model.ts), with the reason. */
  readonly unreachable: readonly BranchNote[];
  /** Branches no candidate took within the budget. */
  readonly notReached: readonly BranchNote[];
  readonly runs: number;
}

/** An unknown caller: no fixture profile has this number (555-01xx numbers are for fiction). */
const UNKNOWN_CALLER = '+15555550100';
const NO_MATCH = 'cfsim-no-match';

export function generateCases(prepared: PreparedScenario, hits: CoverageHits, options: GenerateOptions): GenerateResult {
  const flow = prepared.flow;
  const base = baseContact(prepared);
  const cases: GeneratedCase[] = [];
  const notReached: BranchNote[] = [];
  const names = new Set(options.usedNames);
  const unreachable = flow.flow.Actions.flatMap((action) =>
    branchModel(action).filter((branch) => branch.kind === 'unreachable').map((branch) => note(action, branch, branch.reason ?? 'the runtime never takes it')),
  );
  let runs = 0;
  const store = prepared.profiles.store;
  const checkpoint = store.checkpoint();
  try {
    const coverage = coverageOf([flow], hits).flows[0];
    for (const block of coverage?.blocks ?? []) {
      const action = flow.actionsById.get(block.identifier);
      if (!action) continue;
      for (const branch of branchModel(action)) {
        if (branch.kind === 'unreachable' || taken(hits, flow, action.Identifier, branch.key)) continue;
        const way = wayTo(flow, action.Identifier);
        if (!way) {
          unreachable.push(note(action, branch, `no path from the StartAction ${flow.flow.StartAction} reaches ${action.Identifier}`));
          continue;
        }
        let found: GeneratedCase | undefined;
        for (const candidate of candidates(action, branch, base, way)) {
          if (runs >= options.maxRuns || options.outOfTime()) break;
          runs++;
          const caseHits: CoverageHits = new Map();
          const scenarioCase: ScenarioCase = { name: 'generated', index: 0, position: { line: 1, column: 1 }, contact: candidate.contact, ...(candidate.mocks ? { mocks: candidate.mocks } : {}), faults: candidate.faults ?? {}, expect: {} };
          let result: CheckedResult;
          try {
            result = executeCase(prepared, scenarioCase, caseHits, options.seed).result;
          } finally {
            store.rollbackTo(checkpoint);
          }
          const visits = result.steps.filter((step) => step.identifier === action.Identifier).map((step) => step.branch);
          if (!visits.includes(branch.name) || result.outcome === 'Error') continue;
          mergeHits(hits, caseHits);
          found = { ...candidate, name: uniqueName(`${action.Identifier} takes ${branch.name}`, names), expect: observed(result, action.Identifier, visits) };
          break;
        }
        if (found) cases.push(found);
        else notReached.push(note(action, branch, runs >= options.maxRuns || options.outOfTime() ? 'not reached within the budget' : 'no candidate case took it'));
      }
    }
  } finally {
    store.rollbackTo(checkpoint);
    store.releaseCheckpoint(checkpoint);
  }
  return { cases, unreachable, notReached, runs };
}

interface Candidate {
  readonly contact: Readonly<Record<string, unknown>>;
  readonly mocks?: Mocks;
  readonly faults?: Readonly<Record<string, 'Throttled' | 'Unavailable'>>;
}

/** The contact of the file's first case (what a hand-written case starts from), else a voice call. */
function baseContact(prepared: PreparedScenario): Readonly<Record<string, unknown>> {
  return prepared.document.cases[0]?.contact ?? { Channel: 'VOICE' };
}

function* candidates(action: FlowAction, branch: ModelBranch, base: Readonly<Record<string, unknown>>, way: readonly Hop[]): Generator<Candidate> {
  const natural = naturalCandidate(action, branch, base);
  const forcedTarget: Record<string, BlockMock> = { [action.Identifier]: forceFor(action, branch) };
  const forcedWay = Object.fromEntries(way.map((hop) => [hop.action.Identifier, forceFor(hop.action, hop.branch)]));
  if (natural) {
    yield natural;
    yield { ...natural, mocks: { blocks: forcedWay } };
  }
  yield { contact: base, mocks: { blocks: forcedTarget } };
  yield { contact: base, mocks: { blocks: { ...forcedWay, ...forcedTarget } } };
}

/** The input a customer would give, or the failure a profile block would meet. */
function naturalCandidate(action: FlowAction, branch: ModelBranch, base: Readonly<Record<string, unknown>>): Candidate | undefined {
  const condition = branch.condition !== undefined ? action.Transitions?.Conditions?.[branch.condition]?.Condition : undefined;
  if (action.Type === 'GetParticipantInput') {
    const voice = { ...base, Channel: 'VOICE' };
    if (condition) return { contact: { ...voice, Inputs: [satisfying(condition.Operator, String(condition.Operands?.[0] ?? ''))] } };
    if (branch.name === 'InputTimeLimitExceeded') return { contact: { ...voice, Inputs: [null] } };
    if (branch.name === 'NoMatchingCondition') return { contact: { ...voice, Inputs: [unmatchedKey(action)] } };
    if (branch.name === 'NoMatchingError') return { contact: { ...base, Channel: 'CHAT' } };
  }
  if (action.Type === 'ConnectParticipantWithLexBot' && condition) return { contact: { ...base, Inputs: [String(condition.Operands?.[0] ?? '')] } };
  if (action.Type === 'GetCustomerProfile' && branch.name === 'NoneFoundError') return { contact: { ...base, CustomerEndpoint: { Address: UNKNOWN_CALLER } } };
  if (branch.kind === 'fault' && PROFILE_TYPES.has(action.Type)) return { contact: base, faults: { [action.Identifier]: 'Throttled' } };
  return undefined;
}

const PROFILE_TYPES: ReadonlySet<string> = new Set(['GetCustomerProfile', 'CreateCustomerProfile', 'UpdateCustomerProfile', 'AssociateContactToCustomerProfile']);

/** A DTMF key no condition of the menu wants. */
function unmatchedKey(action: FlowAction): string {
  const wanted = new Set((action.Transitions?.Conditions ?? []).map((item) => String(item.Condition?.Operands?.[0] ?? '')));
  return ['9', '8', '7', '0', '*', '#', '1', '2', '3', '4', '5', '6'].find((key) => !wanted.has(key)) ?? '9';
}

/** The blocks: entry that makes the block take this branch. */
function forceFor(action: FlowAction, branch: ModelBranch): BlockMock {
  if (branch.condition !== undefined) {
    const condition = action.Transitions?.Conditions?.[branch.condition]?.Condition;
    return { condition: satisfying(condition?.Operator ?? 'Equals', String(condition?.Operands?.[0] ?? '')), message: 'generated' };
  }
  if (branch.key === 'NoMatchingCondition') return { condition: NO_MATCH, message: 'generated' };
  return { branch: branch.key, message: 'generated' };
}

/** A result the operator holds for. */
function satisfying(operator: string, operand: string): string {
  const number = Number(operand);
  if (/Greater(Than)?$/.test(operator) && Number.isFinite(number)) return String(number + 1);
  if (/LessThan$/.test(operator) && Number.isFinite(number)) return String(number - 1);
  return operand;
}

interface Hop {
  readonly action: FlowAction;
  readonly branch: ModelBranch;
}

/** The shortest way (by branches the runtime can take) from the StartAction to the block; [] when it is the start. */
function wayTo(flow: LoadedFlow, identifier: string): Hop[] | undefined {
  const start = flow.flow.StartAction;
  const previous = new Map<string, Hop | null>([[start, null]]);
  const queue = [start];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    if (at === identifier) break;
    const action = flow.actionsById.get(at);
    if (!action) continue;
    for (const branch of branchModel(action)) {
      if (branch.kind === 'unreachable' || previous.has(branch.target)) continue;
      previous.set(branch.target, { action, branch });
      queue.push(branch.target);
    }
  }
  if (!previous.has(identifier)) return undefined;
  const way: Hop[] = [];
  for (let hop = previous.get(identifier); hop; hop = previous.get(hop.action.Identifier)) way.unshift(hop);
  return way;
}

function taken(hits: CoverageHits, flow: LoadedFlow, identifier: string, key: string): boolean {
  return (hits.get(flow.file)?.get(identifier)?.get(key) ?? 0) > 0;
}

function mergeHits(into: CoverageHits, from: CoverageHits): void {
  for (const [file, blocks] of from) {
    const target = into.get(file) ?? new Map<string, Map<string, number>>();
    into.set(file, target);
    for (const [identifier, counts] of blocks) {
      const block = target.get(identifier) ?? new Map<string, number>();
      target.set(identifier, block);
      for (const [key, count] of counts) block.set(key, (block.get(key) ?? 0) + count);
    }
  }
}

/** What the run did, as expectations: path, the target's branches, prompts, outcome. */
function observed(result: CheckedResult, identifier: string, visits: readonly string[]): Expectations {
  return {
    path: result.steps.map((step) => step.identifier),
    branches: { [identifier]: visits.length === 1 ? (visits[0] ?? '') : visits },
    prompts: result.prompts,
    outcome: result.outcome,
  };
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) candidate = `${name} (${n})`;
  used.add(candidate);
  return candidate;
}

function note(action: FlowAction, branch: ModelBranch, reason: string): BranchNote {
  return { identifier: action.Identifier, type: action.Type, branch: branch.name, reason };
}
