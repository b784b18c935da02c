import { Box, Text } from 'ink';
import type { StepEvent } from '../runtime/events.js';
import type { RunEnd } from '../runtime/state.js';
import type { Question } from './session.js';
import { StatusHeadline } from './StatusHeadline.js';

export interface StatusAreaProps {
  readonly end?: RunEnd | undefined;
  readonly question?: Question | undefined;
  /** What the user typed so far in answer to the question. */
  readonly typed: string;
  readonly notice?: string | undefined;
  readonly lastEvent?: StepEvent | undefined;
}

/** Two rows: what happened (the last step, the end, or the question), then a notice or the answer being typed. */
export function StatusArea({ end, question, typed, notice, lastEvent }: StatusAreaProps) {
  return (
    <Box flexDirection="column" height={2}>
      <StatusHeadline {...{ end, question, lastEvent }} />
      {question ? (
        <Text wrap="truncate-end">
          <Text color="magenta">{'> '}</Text>
          {typed}
          <Text inverse> </Text>
        </Text>
      ) : (
        <Text wrap="truncate-end" color="yellow">
          {notice ?? (end ? 'b steps back · r restarts · s saves this run as a test case' : '')}
        </Text>
      )}
    </Box>
  );
}
