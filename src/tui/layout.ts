// The screen laid out to the terminal's size, all of it in view: no row scrolls off, no line wraps.
import { keyHelpRows } from './key-help.js';

/** Below this, the block list, the parameters and the contact no longer fit side by side. */
export const MIN_SIZE = { columns: 60, rows: 20 } as const;

/** The contact's heading and its four sections, one row each at least. */
export const MIN_CONTACT_ROWS = 5;

export interface Layout {
  readonly width: number;
  /** The block list on the left; the current block's parameters over the contact on the right, a column apart. */
  readonly listWidth: number;
  readonly sideWidth: number;
  /** Rows of each part, headings included. */
  readonly rows: {
    readonly header: number;
    readonly main: number;
    readonly prompts: number;
    readonly status: number;
    readonly help: number;
  };
}

/** The parts' sizes on a `columns` x `rows` terminal (80x24: 1 + 15 + 4 + 2 + 1 rows); undefined below MIN_SIZE. */
export function layoutFor(columns: number, rows: number): Layout | undefined {
  if (columns < MIN_SIZE.columns || rows < MIN_SIZE.rows) return undefined;
  // Ink clears and redraws the whole terminal when its output is as tall as the terminal: one row less.
  const height = rows - 1;
  // Past 24 rows, a quarter of the extra shows older prompts; the rest, more blocks and contact.
  const prompts = 4 + Math.floor(Math.max(0, rows - 24) / 4);
  const fixed = { header: 1, prompts, status: 2, help: keyHelpRows(columns) };
  const main = height - fixed.header - fixed.prompts - fixed.status - fixed.help;
  // 36 of 80 columns, enough for most identifiers and branches; past 60 the parameters need it more.
  const listWidth = Math.min(Math.round(columns * 0.45), 60);
  return { width: columns, listWidth, sideWidth: columns - listWidth - 1, rows: { ...fixed, main } };
}
