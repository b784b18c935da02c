import { Text } from 'ink';
import type { RunState } from '../runtime/state.js';

export interface HeaderProps {
  readonly flowName: string;
  readonly state: RunState;
  readonly waiting: boolean;
}

export function Header({ flowName, state, waiting }: HeaderProps) {
  const status = state.end
    ? { text: state.end.outcome === 'Error' ? 'stopped on an error' : `ended: ${state.end.outcome}`, color: state.end.outcome === 'Error' ? 'red' : 'green' }
    : waiting
      ? { text: 'waiting for the customer', color: 'magenta' }
      : { text: 'running', color: 'cyan' };
  return (
    <Text wrap="truncate-end">
      <Text bold>cfsim step</Text> · {flowName} · step {state.steps} · <Text color={status.color}>{status.text}</Text>
    </Text>
  );
}
