import { Box, Text } from 'ink';
import { MIN_SIZE } from './layout.js';

export interface TooSmallProps {
  readonly columns: number;
  readonly rows: number;
}

/** In place of a screen that would wrap and scroll: the size it needs. */
export function TooSmall({ columns, rows }: TooSmallProps) {
  return (
    <Box width={columns} height={Math.max(1, rows - 1)} alignItems="center" justifyContent="center">
      <Text>
        cfsim step needs a terminal of at least {MIN_SIZE.columns}x{MIN_SIZE.rows} (this one is {columns}x{rows})
      </Text>
    </Box>
  );
}
