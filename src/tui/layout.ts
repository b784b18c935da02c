// The screen fits an 80x24 terminal without scrolling: 23 rows, since Ink clears and redraws the
// whole screen when its output is as tall as the terminal.
export const SCREEN_WIDTH = 80;

export const LIST_WIDTH = 36;
export const SIDE_WIDTH = SCREEN_WIDTH - LIST_WIDTH - 1;

/** Rows of each part, headings included: 1 + 15 + 4 + 2 + 1 = 23. */
export const ROWS = {
  header: 1,
  /** The block list on the left; the current block's parameters over the contact on the right. */
  main: 15,
  /** The contact's heading and its four sections, one row each at least; parameters get the rest. */
  minContact: 5,
  prompts: 4,
  status: 2,
  help: 1,
} as const;
