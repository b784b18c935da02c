// What a key, or a paste (several characters in one chunk), does to the answer being typed.
import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { answerEdit } from '../../src/tui/keys.js';

const NO_KEY: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};

const digits = (typed: string, input: string, key: Partial<Key> = {}) => answerEdit(typed, input, { ...NO_KEY, ...key }, true);
const text = (typed: string, input: string) => answerEdit(typed, input, NO_KEY, false);

describe('typing an answer', () => {
  it('takes one key at a time: DTMF keys only, backspace, Enter, Esc', () => {
    expect(digits('1', '#')).toEqual({ kind: 'text', text: '1#' });
    expect(digits('1', 'x')).toBeUndefined();
    expect(digits('12', '', { backspace: true })).toEqual({ kind: 'text', text: '1' });
    expect(digits('12', '\r', { return: true })).toEqual({ kind: 'send', text: '12' });
    expect(digits('12', '', { escape: true })).toEqual({ kind: 'cancel' });
  });

  it('keeps the digits of a paste, and drops the rest instead of the whole paste', () => {
    expect(digits('', '42')).toEqual({ kind: 'text', text: '42' });
    expect(digits('9', '10x01')).toEqual({ kind: 'text', text: '91001' });
    expect(digits('', 'abc')).toBeUndefined();
  });

  it('sends a paste that ends with a line break, as Enter would', () => {
    expect(digits('', '42\r')).toEqual({ kind: 'send', text: '42' });
    expect(digits('7', '1 2\r\n')).toEqual({ kind: 'send', text: '712' });
    expect(digits('7', 'x\n')).toEqual({ kind: 'send', text: '7' });
  });

  it('keeps all that prints of a pasted text answer, a line break inside as a space', () => {
    expect(text('', 'I want sales\r')).toEqual({ kind: 'send', text: 'I want sales' });
    expect(text('Hi', ', agent\nplease\u0007')).toEqual({ kind: 'text', text: 'Hi, agent please' });
    expect(text('', 'está 👍')).toEqual({ kind: 'text', text: 'está 👍' });
  });
});
