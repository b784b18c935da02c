import { Box, Text } from 'ink';
import { keyHelp, keyHelpLines } from './key-help.js';
import type { Question } from './session.js';

export interface KeyHelpProps {
  readonly question?: Question | undefined;
  readonly width: number;
  readonly height: number;
}

export function KeyHelp({ question, width, height }: KeyHelpProps) {
  const help = keyHelp(question);
  return (
    <Box flexDirection="column" height={height}>
      {keyHelpLines(help, width).map((hints, row) => (
        <Text key={row} wrap="truncate-end">
          {hints.map((hint, index) => (
            <Text key={index}>
              {index > 0 ? <Text dimColor>{help.separator}</Text> : null}
              {hint.key === undefined ? null : <><Text bold>{hint.key}</Text>{' '}</>}
              <Text dimColor>{hint.text}</Text>
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
}
