// The key help at the bottom of the screen, as data: the layout needs to know how many rows it takes.
import type { Question } from './session.js';
import { packRows } from './text.js';

/** `⏎ send`: a key (bold) and what it does; without a key, just words. */
export interface KeyHint {
  readonly key?: string;
  readonly text: string;
}

export interface KeyHelpText {
  readonly hints: readonly KeyHint[];
  readonly separator: string;
}

const COMMANDS: KeyHelpText = {
  separator: '  ',
  hints: [
    { key: 'n/⏎', text: 'step' },
    { key: 'b', text: 'back' },
    { key: 'c', text: 'continue' },
    { key: '↑↓ space', text: 'breakpoint' },
    { key: 'r', text: 'restart' },
    { key: 's', text: 'save' },
    { key: 'q', text: 'quit' },
  ],
};

function answerHelp(kind: Question['kind']): KeyHelpText {
  return {
    separator: ' · ',
    hints: [
      { text: `type ${kind === 'digits' ? 'digits (0-9 * #)' : 'the answer'}` },
      { key: '⏎', text: 'send (empty: no input)' },
      { key: 'esc', text: 'cancel' },
    ],
  };
}

/** While a question waits, the keys that answer it; else the commands. */
export function keyHelp(question: Question | undefined): KeyHelpText {
  return question ? answerHelp(question.kind) : COMMANDS;
}

/** The hints in rows of `width`, whole hints only. */
export function keyHelpLines(help: KeyHelpText, width: number): KeyHint[][] {
  return packRows(help.hints, (hint) => (hint.key === undefined ? 0 : hint.key.length + 1) + hint.text.length, help.separator.length, width);
}

/** The rows the key help takes at `width`, whatever it shows, so the screen does not move when a question comes. */
export function keyHelpRows(width: number): number {
  return Math.max(...[COMMANDS, answerHelp('digits'), answerHelp('text')].map((help) => keyHelpLines(help, width).length));
}
