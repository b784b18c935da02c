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
  // Ctrl+C inside a burst of keys reaches us as a character: Ink quits only on a chunk that is Ctrl+C alone.
  if (input === '\u0003') return 'quit';
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

/**
 * Several keys that a terminal delivered in one read (keys typed faster than a frame is drawn, key
 * repeat, `n n n n` sent at once, keys pressed before the first frame) as Ink hands them over: one
 * string. Undefined for what is one key already (a letter, Enter, an arrow, a Ctrl key).
 */
export function burstOf(input: string, key: Key): string[] | undefined {
  if (key.ctrl || key.meta || Array.from(input).length < 2) return undefined;
  // Ink separates escape sequences (arrows) from the text around them, so what is left is characters; Windows' \r\n is one Enter.
  return input.match(/\r\n|[\s\S]/gu) ?? [];
}

/** The keys a burst has left when a question comes up: the answer, a paste (see answerEdit), up to
 * the line break that sends it; then each further line break, an Enter of its own. */
export function splitAnswer(keys: readonly string[]): { readonly answer: string; readonly after: readonly string[] } {
  let end = keys.length;
  while (end > 0 && isLineBreak(keys[end - 1])) end--;
  const sent = Math.min(end + 1, keys.length);
  return { answer: keys.slice(0, sent).join(''), after: keys.slice(sent) };
}

export function isLineBreak(key: string | undefined): boolean {
  return key === '\r' || key === '\n' || key === '\r\n';
}

/** No key held: what each key of a burst comes with (Ink reads the modifiers of the whole chunk). */
export const NO_KEY: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};
