// Picks the transition for a handler's branch. An error with no transition of its own takes
// NoMatchingError ("invoked when an error occurs and no other Error matches", APIReference
// flow-language-actions.html); with neither, the run stops on an error naming the action.
// Only a string NextAction is a target: an action type without a schema is not checked by validate,
// and an object there would otherwise become the next action's "identifier" (found by fuzzing).
import type { FlowAction } from '../flow/types.js';
import { describeCondition, firstMatch } from './conditions.js';

export type Transition =
  | { readonly found: true; readonly branch: string; readonly next: string; readonly detail?: string; readonly condition?: number }
  | { readonly found: false; readonly branch: string; readonly missing: string };

// Transitions depend only on the action: computed once per action and branch, not on every step.
const cache = new WeakMap<FlowAction, Map<string, Transition>>();

function cached(action: FlowAction, key: string, compute: () => Transition): Transition {
  let byKey = cache.get(action);
  if (!byKey) cache.set(action, (byKey = new Map()));
  let transition = byKey.get(key);
  if (!transition) byKey.set(key, (transition = compute()));
  return transition;
}

export function successTransition(action: FlowAction): Transition {
  return cached(action, '', () => {
    const next: unknown = action.Transitions?.NextAction;
    // "" is a saved draft's unconnected branch: found, and the step ends the run on it (isUnconnected).
    return typeof next === 'string' ? { found: true, branch: 'Success', next } : { found: false, branch: 'Success', missing: 'has no NextAction' };
  });
}

export function resultTransition(action: FlowAction, result: string): Transition {
  const conditions = action.Transitions?.Conditions;
  if (!Array.isArray(conditions) || !conditions.length) return successTransition(action);
  const index = firstMatch(conditions, result);
  const matched = conditions[index];
  if (!matched || typeof matched.NextAction !== 'string') {
    const transition = errorTransition(action, 'NoMatchingCondition');
    const detail = `no condition matched ${JSON.stringify(result)}`;
    return transition.found ? { ...transition, detail: transition.detail ? `${detail}; ${transition.detail}` : detail } : transition;
  }
  return cached(action, `condition:${index}`, () => ({
    found: true, branch: 'Condition', next: matched.NextAction, detail: `matched ${describeCondition(matched.Condition)}`, condition: index,
  }));
}

export function errorTransition(action: FlowAction, errorType: string): Transition {
  return cached(action, `error:${errorType}`, () => {
    const listed: unknown = action.Transitions?.Errors;
    const errors = (Array.isArray(listed) ? (listed as readonly unknown[]) : []).filter(isErrorTransition);
    const own = errors.find((error) => error.ErrorType === errorType);
    if (own) return { found: true, branch: errorType, next: own.NextAction };
    const fallback = errors.find((error) => error.ErrorType === 'NoMatchingError');
    if (fallback) return { found: true, branch: 'NoMatchingError', next: fallback.NextAction, detail: `no ${errorType} branch, so NoMatchingError` };
    const missing = errorType === 'NoMatchingError' ? 'has no NoMatchingError transition' : `has no ${errorType} or NoMatchingError transition`;
    return { found: false, branch: errorType, missing };
  });
}

function isErrorTransition(value: unknown): value is { readonly ErrorType: unknown; readonly NextAction: string } {
  return typeof value === 'object' && value !== null && typeof (value as { NextAction?: unknown }).NextAction === 'string';
}
