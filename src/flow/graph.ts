import type { DocPath, FlowAction, Transitions } from './types.js';
import { labelText } from './value-text.js';

/** One way out of an action: its plain NextAction, a condition, or an error type. */
export interface Branch {
  /** "Success" for the plain NextAction, the ErrorType for an error, "Condition" for a condition. */
  readonly branch: string;
  /** For conditions, a readable label such as `Equals 1`. */
  readonly label?: string;
  readonly target: string;
  /** Where the NextAction is written, relative to the action. */
  readonly path: DocPath;
}

/**
 * The targets a console draft writes for a branch that is not connected: "" (saved, unpublished
 * flows) and "$end". Amazon Connect saves such a flow but will not publish it.
 */
export function isUnconnected(target: string): boolean {
  return target === '' || target === '$end';
}

/** Every transition an action declares, in document order. Tolerates malformed input (validation reports it). */
export function branchesOf(action: FlowAction): Branch[] {
  const transitions: Transitions = action.Transitions ?? {};
  const branches: Branch[] = [];
  if (typeof transitions.NextAction === 'string') {
    branches.push({ branch: 'Success', target: transitions.NextAction, path: ['Transitions', 'NextAction'] });
  }
  (Array.isArray(transitions.Conditions) ? transitions.Conditions : []).forEach((condition, index) => {
    if (typeof condition?.NextAction !== 'string') return;
    const operands = Array.isArray(condition.Condition?.Operands) ? condition.Condition.Operands.map((operand: unknown) => labelText(operand)).join(', ') : '';
    branches.push({
      branch: 'Condition',
      label: `${labelText(condition.Condition?.Operator ?? '?')} ${operands}`.trim(),
      target: condition.NextAction,
      path: ['Transitions', 'Conditions', index, 'NextAction'],
    });
  });
  (Array.isArray(transitions.Errors) ? transitions.Errors : []).forEach((error, index) => {
    if (typeof error?.NextAction !== 'string') return;
    branches.push({ branch: labelText(error.ErrorType), target: error.NextAction, path: ['Transitions', 'Errors', index, 'NextAction'] });
  });
  return branches;
}

/**
 * Identifiers reachable from start. `follow` decides which branches of an action to walk,
 * which lets a check ask "reachable without passing a Success of X".
 */
export function reachableFrom(
  start: string,
  actionsById: ReadonlyMap<string, FlowAction>,
  follow: (action: FlowAction) => readonly Branch[] = branchesOf,
): Set<string> {
  const seen = new Set<string>();
  const pending = [start];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const action = actionsById.get(id);
    if (!action || seen.has(id)) continue;
    seen.add(id);
    for (const branch of follow(action)) pending.push(branch.target);
  }
  return seen;
}
