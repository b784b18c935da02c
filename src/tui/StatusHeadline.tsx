import { Text } from 'ink';
import type { StepEvent } from '../runtime/events.js';
import type { RunEnd } from '../runtime/state.js';
import { endText } from './end-text.js';
import type { Question } from './session.js';

export interface StatusHeadlineProps {
  readonly end?: RunEnd | undefined;
  readonly question?: Question | undefined;
  readonly lastEvent?: StepEvent | undefined;
}

/** The question the customer must answer, how the run ended, or what the last step did. */
export function StatusHeadline({ end, question, lastEvent }: StatusHeadlineProps) {
  if (question) {
    const prompt = question.request.prompt ? `: ${JSON.stringify(question.request.prompt)}` : '';
    const what = question.kind === 'digits' ? 'digits' : 'an answer';
    return (
      <Text wrap="truncate-end" color="magenta">
        {question.request.identifier} waits for {what} from the customer{prompt}
      </Text>
    );
  }
  if (end) {
    return (
      <Text wrap="truncate-end" bold color={end.outcome === 'Error' ? 'red' : 'green'}>
        {endText(end)}
      </Text>
    );
  }
  if (!lastEvent) return <Text dimColor>n or ⏎ runs the first block</Text>;
  return (
    <Text wrap="truncate-end">
      <Text dimColor>step {lastEvent.step}:</Text> {lastEvent.identifier} → {lastEvent.branch}
      {lastEvent.reason ? <Text dimColor> ({lastEvent.reason})</Text> : null}
    </Text>
  );
}
