import { Box, Text } from 'ink';
import type { BlockRow } from './block-rows.js';
import { BlockListRow, ROW_PREFIX } from './BlockListRow.js';
import { windowAround } from './text.js';

export interface BlockListProps {
  readonly rows: readonly BlockRow[];
  readonly selected: number;
  readonly breakpoints: ReadonlySet<string>;
  readonly width: number;
  readonly height: number;
}

/** The blocks the list scrolled past, on the heading's row: `  ↑ 3 more  ↓ 12 more`. */
function scrolled(above: number, below: number): string {
  return `${above > 0 ? `  ↑ ${above} more` : ''}${below > 0 ? `  ↓ ${below} more` : ''}`;
}

/** The blocks run so far with their branches, the current one (▶), then the blocks not reached yet. */
export function BlockList({ rows, selected, breakpoints, width, height }: BlockListProps) {
  const { start, visible } = windowAround(rows, selected, height - 1);
  const above = start;
  const below = rows.length - start - visible.length;
  // One identifier column for the rows in view, leaving at least 9 columns for branches and types.
  const idWidth = Math.min(Math.max(0, ...visible.map((row) => row.identifier.length)), width - ROW_PREFIX - 10);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end">
        <Text bold>Blocks</Text>
        <Text dimColor>{scrolled(above, below)}</Text>
      </Text>
      {visible.map((row, offset) => (
        <BlockListRow key={start + offset} row={row} selected={start + offset === selected} breakpoint={breakpoints.has(row.key)} width={width} idWidth={idWidth} />
      ))}
    </Box>
  );
}
