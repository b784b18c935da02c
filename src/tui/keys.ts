// Keys → commands, outside the component so the mapping reads as a table and tests need no terminal.
import type { Key } from 'ink';

export type Command = 'step' | 'back' | 'continue' | 'restart' | 'save' | 'quit' | 'up' | 'down' | 'breakpoint';

const LETTERS: Readonly<Record<string, Command>> = {
  n: 'step',
  b: 'back',
  c: 'continue',
  r: 'restart',
  s: 'save',
  q: 'quit',
  ' ': 'breakpoint',
};

export function commandFor(input: string, key: Key): Command | undefined {
  if (key.return) return 'step';
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.ctrl || key.meta) return undefined;
  return Object.hasOwn(LETTERS, input) ? LETTERS[input] : undefined;
}

/** What a key does to the answer being typed: a new text, send it, or cancel the question. */
export type AnswerEdit = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'send' } | { readonly kind: 'cancel' };

const DTMF = /^[0-9*#]+$/;

export function answerEdit(typed: string, input: string, key: Key, digitsOnly: boolean): AnswerEdit | undefined {
  if (key.return) return { kind: 'send' };
  if (key.escape) return { kind: 'cancel' };
  if (key.backspace || key.delete) return { kind: 'text', text: typed.slice(0, -1) };
  if (!input || key.ctrl || key.meta) return undefined;
  if (digitsOnly && !DTMF.test(input)) return undefined;
  return { kind: 'text', text: typed + input };
}
