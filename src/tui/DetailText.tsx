import { Text } from 'ink';
import type { DetailLine } from './detail-lines.js';

export interface DetailTextProps {
  readonly line: DetailLine;
}

/** One parameter, or one `$.` reference with the value it resolves to. */
export function DetailText({ line }: DetailTextProps) {
  if (line.kind === 'param') {
    return (
      <Text wrap="truncate-end">
        <Text dimColor>{line.name}:</Text> {line.value}
      </Text>
    );
  }
  return (
    <Text wrap="truncate-end">
      {line.name === undefined ? '  ' : <Text dimColor>{line.name}: </Text>}
      {line.path === undefined ? null : <Text color="magenta">{line.path} </Text>}→ <Text color="cyan">{JSON.stringify(line.value)}</Text>
    </Text>
  );
}
