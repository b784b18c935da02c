import { Box, Text } from 'ink';
import type { DetailLine } from './detail-lines.js';
import { DetailText } from './DetailText.js';

export interface BlockDetailsProps {
  /** The block the run is at (or, once it ended, the last one it ran). */
  readonly identifier: string;
  readonly type: string;
  readonly lines: readonly DetailLine[];
  readonly width: number;
  readonly height: number;
}

export function BlockDetails({ identifier, type, lines, width, height }: BlockDetailsProps) {
  const shown = lines.slice(0, height - 1);
  const hidden = lines.length - shown.length;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end">
        <Text bold>{identifier}</Text> <Text dimColor>{type}</Text>
        {hidden > 0 ? <Text dimColor> (+{hidden} lines)</Text> : null}
      </Text>
      {shown.map((line, index) => (
        <DetailText key={index} line={line} />
      ))}
      {lines.length === 0 ? <Text dimColor>no parameters</Text> : null}
    </Box>
  );
}
