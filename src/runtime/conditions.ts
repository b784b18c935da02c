// Conditions of a Transitions object, evaluated in order against an action's result; the first
// true one wins (APIReference flow-language-actions.html, "List of operators"). Equals is exact.
import type { Condition, ConditionTransition } from '../flow/types.js';
import { jsonText, labelText } from '../flow/value-text.js';

type Test = (result: string, operand: string) => boolean;

const number = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));
const compareNumbers =
  (holds: (a: number, b: number) => boolean): Test =>
  (result, operand) => {
    const a = number(result);
    const b = number(operand);
    return !Number.isNaN(a) && !Number.isNaN(b) && holds(a, b);
  };

const OPERATORS: Readonly<Record<string, Test>> = {
  Equals: (result, operand) => result === operand,
  TextStartsWith: (result, operand) => result.startsWith(operand),
  TextEndsWith: (result, operand) => result.endsWith(operand),
  TextContains: (result, operand) => result.includes(operand),
  NumberGreaterThan: compareNumbers((a, b) => a > b),
  NumberGreaterOrEqualTo: compareNumbers((a, b) => a >= b),
  NumberLessThan: compareNumbers((a, b) => a < b),
  NumberLessOrEqualTo: compareNumbers((a, b) => a <= b),
  // The DistributeByPercentage page spells it this way.
  NumericLessThan: compareNumbers((a, b) => a < b),
};

/** Whether a condition holds for a result; an unknown operator or a missing operand never holds. */
export function conditionHolds(condition: Condition, result: string): boolean {
  const test = Object.hasOwn(OPERATORS, condition.Operator) ? OPERATORS[condition.Operator] : undefined;
  const operand = Array.isArray(condition.Operands) ? condition.Operands[0] : undefined;
  return test !== undefined && typeof operand === 'string' && test(result, operand);
}

/** The index of the first condition that holds, or -1. */
export function firstMatch(conditions: readonly ConditionTransition[] | undefined, result: string): number {
  if (!conditions) return -1;
  return conditions.findIndex((transition) => transition.Condition !== undefined && conditionHolds(transition.Condition, result));
}

/** `Equals "1"` for traces. */
export function describeCondition(condition: Condition): string {
  const operands = Array.isArray(condition.Operands) ? condition.Operands.map((operand: unknown) => jsonText(operand, 200)).join(', ') : '';
  return `${labelText(condition.Operator)} ${operands}`.trim();
}
