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

/** What a key does to the answer being typed: a new text, send a text, or cancel the question. */
export type AnswerEdit =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'send'; readonly text: string }
  | { readonly kind: 'cancel' };

export function answerEdit(typed: string, input: string, key: Key, digitsOnly: boolean): AnswerEdit | undefined {
  if (key.return) return { kind: 'send', text: typed };
  if (key.escape) return { kind: 'cancel' };
  if (key.backspace || key.delete) return { kind: 'text', text: typed.slice(0, -1) };
  if (!input || key.ctrl || key.meta) return undefined;
  // A paste comes as one chunk: what the answer can hold is kept, and a line break at its end sends it.
  const body = input.replace(/[\r\n]+$/, '');
  const text = typed + answerCharacters(body, digitsOnly);
  if (body !== input) return { kind: 'send', text };
  return text === typed ? undefined : { kind: 'text', text };
}

/** What of `input` an answer keeps: DTMF keys for digits; for text, all that prints, a line break
 * inside, or a tab, read as a space. */
function answerCharacters(input: string, digitsOnly: boolean): string {
  if (digitsOnly) return input.replace(/[^0-9*#]/g, '');
  return input.replace(/[\r\n\t]+/g, ' ').replace(/\p{Cc}/gu, '');
}
