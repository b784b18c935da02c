// Flow values as text never call a value's own toString / valueOf (issue 12 item 10).
import { describe, expect, it } from 'vitest';
import { branchesOf } from '../../src/flow/graph.js';
import type { FlowAction } from '../../src/flow/types.js';
import { jsonText, labelText, valueText } from '../../src/flow/value-text.js';
import { describeCondition } from '../../src/runtime/conditions.js';

const hostile = { toString: 'x', valueOf: 1 };

describe('valueText / jsonText / labelText', () => {
  it('writes strings, numbers and booleans as they are, nothing as "", objects as JSON', () => {
    expect(valueText('a')).toBe('a');
    expect(valueText(1.5)).toBe('1.5');
    expect(valueText(false)).toBe('false');
    expect(valueText(undefined)).toBe('');
    expect(valueText(null)).toBe('');
    expect(valueText(hostile)).toBe('{"toString":"x","valueOf":1}');
    expect(labelText('Equals')).toBe('Equals');
    expect(labelText(['a'])).toBe('["a"]');
  });

  it('never throws: cycles, BigInt, functions and a throwing getter', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(jsonText(cycle)).toBe('[unprintable value]');
    expect(valueText(10n)).toBe('10');
    expect(jsonText({ n: 10n, f: () => 1 })).toBe('{"n":"10"}');
    expect(jsonText(Object.defineProperty({}, 'bad', { enumerable: true, get: () => { throw new Error('no'); } }))).toBe('[unprintable value]');
    const calls: string[] = [];
    const spy = { toString: () => calls.push('toString'), valueOf: () => calls.push('valueOf') };
    valueText(spy);
    labelText(spy);
    expect(calls).toEqual([]);
  });

  it('bounds what it builds, with an ellipsis', () => {
    expect(valueText('x'.repeat(100_000))).toHaveLength(65_536);
    expect(labelText('y'.repeat(500))).toBe(`${'y'.repeat(199)}…`);
  });
});

describe('flow values in labels', () => {
  it('a condition whose operator or operands are objects gets a label, not an exception', () => {
    const action = {
      Identifier: 'c',
      Type: 'Compare',
      Parameters: {},
      Transitions: {
        Conditions: [{ NextAction: 'n', Condition: { Operator: hostile, Operands: [hostile, 'gold'] } }],
        Errors: [{ NextAction: 'n', ErrorType: hostile }],
      },
    } as unknown as FlowAction;
    const branches = branchesOf(action);
    expect(branches.map((branch) => branch.label ?? branch.branch)).toEqual([
      '{"toString":"x","valueOf":1} {"toString":"x","valueOf":1}, gold',
      '{"toString":"x","valueOf":1}',
    ]);
    expect(describeCondition({ Operator: hostile, Operands: [hostile] } as never)).toBe('{"toString":"x","valueOf":1} {"toString":"x","valueOf":1}');
  });
});
