// The branches of a block as the runtime can take them, named the way coverage reports and
// expectations write them. Which ones count comes from the handler's BranchRules (each block's own
// file, src/blocks/), applied to the transitions the action declares (docs/scenario-tests.md,
// "Which branches count"):
// - a block that routes by a result (Compare, Loop, CheckHoursOfOperation, a DTMF menu ...) never
//   follows its NextAction when it has Conditions: unreachable;
// - a condition that no result of the block can satisfy (Loop: ContinueLooping / DoneLooping), or
//   that an earlier, identical condition always wins: unreachable;
// - NoMatchingCondition, when the conditions match every result the block can give: unreachable;
// - an ErrorType the block does not take from its data or input: a fault branch (only a failure
//   injected with `faults:` or mocks `blocks:` reaches it).
import { branchesOf } from '../flow/graph.js';
import type { Condition, FlowAction } from '../flow/types.js';
import { handlerFor } from '../blocks/registry.js';
import { conditionHolds } from '../runtime/conditions.js';
import type { BranchRules } from '../runtime/outcome.js';

export type BranchKind = 'branch' | 'fault' | 'unreachable';

export interface ModelBranch {
  /** How reports and expectations name it: `Success`, `Equals 1`, `ContinueLooping`, `NoneFoundError`. */
  readonly name: string;
  readonly kind: BranchKind;
  /** Why a fault branch or an unreachable one is not an ordinary branch. */
  readonly reason?: string;
  readonly target: string;
  /** Internal key: `Success`, `Condition:<index>` or the ErrorType. */
  readonly key: string;
  /** For conditions, their index in Transitions.Conditions. */
  readonly condition?: number;
}

const models = new WeakMap<FlowAction, readonly ModelBranch[]>();

/** Every transition the action declares, in document order, with its name and kind. */
export function branchModel(action: FlowAction): readonly ModelBranch[] {
  let model = models.get(action);
  if (!model) models.set(action, (model = computeModel(action)));
  return model;
}

/** The names an expectation may use for this action's branches (every declared one but the unreachable). */
export function takeableNames(action: FlowAction): string[] {
  return branchModel(action).filter((branch) => branch.kind !== 'unreachable').map((branch) => branch.name);
}

/** A step's branch under the model's name: the condition's name, else the branch as the runtime reports it. */
export function stepBranchName(action: FlowAction | undefined, step: { readonly branch: string; readonly condition?: number }): string {
  if (!action || step.branch !== 'Condition' || step.condition === undefined) return step.branch;
  return branchModel(action).find((branch) => branch.condition === step.condition)?.name ?? step.branch;
}

/** The model key of a step (coverage hits). */
export function stepBranchKey(step: { readonly branch: string; readonly condition?: number }): string {
  return step.branch === 'Condition' ? `Condition:${step.condition ?? -1}` : step.branch;
}

function rulesOf(action: FlowAction): BranchRules {
  return handlerFor(action.Type)?.branches ?? {};
}

function computeModel(action: FlowAction): ModelBranch[] {
  const rules = rulesOf(action);
  const conditions = Array.isArray(action.Transitions?.Conditions) ? action.Transitions.Conditions : [];
  const routesByResult = typeof rules.routesByResult === 'function' ? rules.routesByResult(action) : rules.routesByResult === true;
  const results = routesByResult ? rules.results : undefined;
  const normalErrors = new Set(typeof rules.errors === 'function' ? rules.errors(action) : (rules.errors ?? []));
  const declaredErrors = new Set((action.Transitions?.Errors ?? []).map((error) => String(error?.ErrorType)));
  // An error the block takes that has no branch of its own goes to NoMatchingError (route.ts).
  for (const error of [...normalErrors]) if (!declaredErrors.has(error)) normalErrors.add('NoMatchingError');
  const names = conditionNames(conditions.map((transition) => transition?.Condition), results);
  const model: ModelBranch[] = [];
  for (const branch of branchesOf(action)) {
    const path = branch.path;
    if (path[1] === 'NextAction') {
      const unreachable = routesByResult && conditions.length > 0;
      model.push({
        name: 'Success', key: 'Success', target: branch.target, kind: unreachable ? 'unreachable' : 'branch',
        ...(unreachable ? { reason: `${action.Type} routes by its conditions: the runtime never follows its NextAction` } : {}),
      });
    } else if (path[1] === 'Conditions') {
      const index = Number(path[2]);
      const why = unreachableCondition(conditions.map((item) => item?.Condition), index, results);
      model.push({ name: names[index] ?? `Condition ${index + 1}`, key: `Condition:${index}`, condition: index, target: branch.target, kind: why ? 'unreachable' : 'branch', ...(why ? { reason: why } : {}) });
    } else {
      model.push(errorBranchModel(action, branch.branch, branch.target, { routesByResult, results, conditions: conditions.map((item) => item?.Condition), normalErrors }));
    }
  }
  return model;
}

interface ErrorContext {
  readonly routesByResult: boolean;
  readonly results: readonly string[] | undefined;
  readonly conditions: readonly (Condition | undefined)[];
  readonly normalErrors: ReadonlySet<string>;
}

function errorBranchModel(action: FlowAction, errorType: string, target: string, context: ErrorContext): ModelBranch {
  const base = { name: errorType, key: errorType, target };
  if (errorType === 'NoMatchingCondition' && context.routesByResult) {
    const everyResultMatched = context.results?.every((result) => context.conditions.some((condition) => condition !== undefined && conditionHolds(condition, result)));
    return everyResultMatched
      ? { ...base, kind: 'unreachable', reason: `the conditions match every result ${action.Type} gives (${context.results?.join(', ')})` }
      : { ...base, kind: 'branch' };
  }
  if (context.normalErrors.has(errorType)) return { ...base, kind: 'branch' };
  return { ...base, kind: 'fault', reason: `only a failure reaches it: inject one with faults: (Customer Profiles blocks) or mocks blocks: {${action.Identifier}: {branch: ${errorType}}}` };
}

/** Why a condition can never be the first to match, or undefined. */
function unreachableCondition(conditions: readonly (Condition | undefined)[], index: number, results: readonly string[] | undefined): string | undefined {
  const condition = conditions[index];
  if (!condition) return 'the condition has no Operator and Operands';
  const same = conditions.findIndex((other) => other !== undefined && sameCondition(other, condition));
  if (same < index) return `condition ${same + 1} is the same and is tested first`;
  if (results && !results.some((result) => conditionHolds(condition, result))) return `no result the block gives (${results.join(', ')}) satisfies it`;
  return undefined;
}

function sameCondition(a: Condition, b: Condition): boolean {
  return a.Operator === b.Operator && JSON.stringify(a.Operands) === JSON.stringify(b.Operands);
}

/**
 * `Equals 1`, `NumberGreaterThan 10`; a fixed set of named results names its Equals conditions by
 * the result (`ContinueLooping`, `True`; a DTMF digit stays `Equals 1`). Two alike are told apart by position: `Equals 1 (condition 2)`.
 */
function conditionNames(conditions: readonly (Condition | undefined)[], results: readonly string[] | undefined): string[] {
  const base = conditions.map((condition, index) => {
    if (!condition) return `Condition ${index + 1}`;
    const operands = Array.isArray(condition.Operands) ? condition.Operands.map(String).join(', ') : '';
    if (results && condition.Operator === 'Equals' && results.includes(operands) && /^[A-Za-z]+$/.test(operands)) return operands;
    return `${String(condition.Operator)} ${operands}`.trim();
  });
  return base.map((name, index) => (base.indexOf(name) !== base.lastIndexOf(name) ? `${name} (condition ${index + 1})` : name));
}
