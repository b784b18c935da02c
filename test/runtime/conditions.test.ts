import { describe, expect, it } from 'vitest';
import { conditionHolds, describeCondition, firstMatch } from '../../src/runtime/conditions.js';

const holds = (Operator: string, operand: string, result: string): boolean => conditionHolds({ Operator, Operands: [operand] }, result);

describe('conditions', () => {
  it('Equals is exact', () => {
    expect(holds('Equals', 'gold', 'gold')).toBe(true);
    expect(holds('Equals', 'gold', 'Gold')).toBe(false);
  });

  it('text operators', () => {
    expect(holds('TextStartsWith', '+1', '+14255550100')).toBe(true);
    expect(holds('TextEndsWith', '0100', '+14255550100')).toBe(true);
    expect(holds('TextContains', '555', '+14255550100')).toBe(true);
    expect(holds('TextContains', 'x', '+14255550100')).toBe(false);
  });

  it('number operators compare numbers, and never hold for text', () => {
    expect(holds('NumberGreaterThan', '9', '10')).toBe(true);
    expect(holds('NumberGreaterOrEqualTo', '10', '10')).toBe(true);
    expect(holds('NumberLessThan', '10', '9')).toBe(true);
    expect(holds('NumberLessOrEqualTo', '9', '9')).toBe(true);
    expect(holds('NumberLessThan', '10', '')).toBe(false);
    expect(holds('NumberGreaterThan', '1', 'abc')).toBe(false);
  });

  it('an unknown operator never holds', () => {
    expect(holds('Matches', '.*', 'x')).toBe(false);
  });

  it('the first true condition wins', () => {
    const conditions = [
      { NextAction: 'a', Condition: { Operator: 'NumberGreaterThan', Operands: ['5'] } },
      { NextAction: 'b', Condition: { Operator: 'NumberGreaterThan', Operands: ['1'] } },
    ];
    expect(firstMatch(conditions, '7')).toBe(0);
    expect(firstMatch(conditions, '3')).toBe(1);
    expect(firstMatch(conditions, '0')).toBe(-1);
    expect(describeCondition({ Operator: 'Equals', Operands: ['1'] })).toBe('Equals "1"');
  });
});
