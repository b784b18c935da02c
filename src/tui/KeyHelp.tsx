import { Text } from 'ink';
import type { Question } from './session.js';

export interface KeyHelpProps {
  readonly question?: Question | undefined;
}

const KEYS: readonly (readonly [string, string])[] = [
  ['n/⏎', 'step'],
  ['b', 'back'],
  ['c', 'continue'],
  ['↑↓ space', 'breakpoint'],
  ['r', 'restart'],
  ['s', 'save'],
  ['q', 'quit'],
];

export function KeyHelp({ question }: KeyHelpProps) {
  if (question) {
    const what = question.kind === 'digits' ? 'digits (0-9 * #)' : 'the answer';
    return (
      <Text wrap="truncate-end" dimColor>
        type {what} · <Text bold>⏎</Text> send (empty: no input) · <Text bold>esc</Text> cancel
      </Text>
    );
  }
  return (
    <Text wrap="truncate-end">
      {KEYS.map(([key, action], index) => (
        <Text key={key}>
          {index > 0 ? '  ' : ''}
          <Text bold>{key}</Text> <Text dimColor>{action}</Text>
        </Text>
      ))}
    </Text>
  );
}
