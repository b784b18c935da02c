import { Box, Text } from 'ink';

export interface PromptsProps {
  /** Every prompt played or message sent so far, in order. */
  readonly prompts: readonly string[];
  readonly height: number;
}

/** The latest prompts, numbered from the first of the run. */
export function Prompts({ prompts, height }: PromptsProps) {
  const first = Math.max(0, prompts.length - (height - 1));
  return (
    <Box flexDirection="column" height={height}>
      <Text bold>
        Prompts <Text dimColor>({prompts.length})</Text>
      </Text>
      {prompts.slice(first).map((prompt, offset) => (
        <Text key={first + offset} wrap="truncate-end">
          <Text dimColor>{String(first + offset + 1).padStart(3)} </Text>
          {prompt.replace(/\s+/g, ' ')}
        </Text>
      ))}
    </Box>
  );
}
