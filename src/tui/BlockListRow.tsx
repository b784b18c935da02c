import { Text } from 'ink';
import type { BlockRow } from './block-rows.js';
import { clip } from './text.js';

export interface BlockListRowProps {
  readonly row: BlockRow;
  readonly selected: boolean;
  readonly breakpoint: boolean;
  readonly width: number;
  /** The identifier column's width, the same for every row of the list. */
  readonly idWidth: number;
}

const BRANCH_COLORS: Readonly<Record<string, string>> = { Success: 'green', Condition: 'cyan' };

/** The part of a row before its identifier: selection, breakpoint, step number (▶ for the current block). */
export const ROW_PREFIX = 6;

/** `›● 12 get-profile   NoneFoundError`: the branch a run block took, or the type of a block to come. */
export function BlockListRow({ row, selected, breakpoint, width, idWidth }: BlockListRowProps) {
  const number = row.kind === 'done' ? String(row.step).padStart(3) : row.kind === 'current' ? '  ▶' : '   ';
  const room = width - ROW_PREFIX;
  const right = row.kind === 'done' ? (row.branch ?? '') : row.type;
  // A branch taken is worth more than the identifier's tail; a block's type is worth less.
  const column = row.kind === 'done' ? Math.min(idWidth, Math.max(6, room - 1 - right.length)) : idWidth;
  const identifier = clip(row.identifier, column);
  const label = clip(right, Math.max(0, room - 1 - column));
  return (
    <Text wrap="truncate-end" dimColor={row.kind === 'ahead'}>
      <Text color="cyan">{selected ? '›' : ' '}</Text>
      <Text color="red">{breakpoint ? '●' : ' '}</Text>
      {number}{' '}
      <Text inverse={row.kind === 'current'} bold={row.kind === 'current'}>{identifier}</Text>
      {' '.repeat(column - identifier.length + 1)}
      {row.kind === 'done' ? <Text color={BRANCH_COLORS[label] ?? 'yellow'}>{label}</Text> : <Text dimColor>{label}</Text>}
    </Text>
  );
}
