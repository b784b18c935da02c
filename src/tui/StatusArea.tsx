import { Box, Text } from 'ink';
import type { StepEvent } from '../runtime/events.js';
import type { RunEnd } from '../runtime/state.js';
import type { Question } from './session.js';
import { StatusHeadline } from './StatusHeadline.js';
import { wrapText } from './text.js';

export interface StatusAreaProps {
  readonly end?: RunEnd | undefined;
  readonly question?: Question | undefined;
  /** What the user typed so far in answer to the question. */
  readonly typed: string;
  readonly notice?: string | undefined;
  readonly lastEvent?: StepEvent | undefined;
  readonly width: number;
  readonly height: number;
}

/** What happened (the last step, the end, or the question), then a notice or the answer being typed.
 * A notice too long for the rows under the headline takes the headline's row too: it answers the key
 * just pressed, and the next key brings the headline back. */
export function StatusArea({ end, question, typed, notice, lastEvent, width, height }: StatusAreaProps) {
  if (question) {
    return (
      <Box flexDirection="column" height={height}>
        <StatusHeadline {...{ end, question, lastEvent }} />
        <Text wrap="truncate-end">
          <Text color="magenta">{'> '}</Text>
          {typed}
          <Text inverse> </Text>
        </Text>
      </Box>
    );
  }
  const lines = wrapText(notice ?? (end ? 'b steps back · r restarts · s saves this run as a test case' : ''), width, height);
  return (
    <Box flexDirection="column" height={height}>
      {lines.length < height ? <StatusHeadline {...{ end, lastEvent }} /> : null}
      {lines.map((line, index) => (
        <Text key={index} wrap="truncate-end" color="yellow">
          {line}
        </Text>
      ))}
    </Box>
  );
}
