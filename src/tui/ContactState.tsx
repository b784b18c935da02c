import { Box, Text } from 'ink';
import type { ContactLine } from './contact-lines.js';
import { LABEL_WIDTH } from './contact-lines.js';

export interface ContactStateProps {
  readonly lines: readonly ContactLine[];
  readonly width: number;
  readonly height: number;
}

/** Attributes, $.Customer, stored input and queue; what the last step changed is marked `*`, in yellow. */
export function ContactState({ lines, width, height }: ContactStateProps) {
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate-end">
        Contact <Text dimColor>(* changed by the last step)</Text>
      </Text>
      {lines.slice(0, height - 1).map((line, index) => (
        <Text key={index} wrap="truncate-end">
          <Text dimColor>{line.label.padEnd(LABEL_WIDTH)}</Text>
          {line.pairs.length === 0 ? <Text dimColor>—</Text> : null}
          {line.pairs.map((pair, at) => (
            <Text key={at} {...(pair.changed ? { color: 'yellow', bold: true } : {})}>
              {at > 0 ? '  ' : ''}
              {pair.text}
            </Text>
          ))}
          {line.more > 0 ? <Text dimColor> +{line.more}</Text> : null}
        </Text>
      ))}
    </Box>
  );
}
