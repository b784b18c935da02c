// Fitting text into a fixed-width screen.

/** The text cut to `width` characters, with "…" where it was cut. */
export function clip(text: string, width: number): string {
  if (text.length <= width) return text;
  return width <= 1 ? text.slice(0, width) : `${text.slice(0, width - 1)}…`;
}

/** The items of a list that fit `height` rows with `selected` in view, and where they start. */
export function windowAround<T>(items: readonly T[], selected: number, height: number): { readonly start: number; readonly visible: readonly T[] } {
  const start = Math.max(0, Math.min(selected - Math.floor(height / 2), items.length - height));
  return { start, visible: items.slice(start, start + height) };
}

/** Items side by side in rows of `width` columns, `gap` apart, in order; an item wider than a row gets a row of its own. */
export function packRows<T>(items: readonly T[], widthOf: (item: T) => number, gap: number, width: number): T[][] {
  const rows: T[][] = [];
  let used = width;
  for (const item of items) {
    const size = widthOf(item);
    if (used + gap + size > width) {
      rows.push([]);
      used = -gap;
    }
    rows[rows.length - 1]?.push(item);
    used += gap + size;
  }
  return rows;
}

/** The text in at most `height` rows of `width`, broken at spaces (a longer word anywhere); what does
 * not fit ends the last row, cut. */
export function wrapText(text: string, width: number, height: number): string[] {
  const words = text.split(/\s+/).filter(Boolean).flatMap((word) =>
    Array.from({ length: Math.ceil(word.length / width) }, (_, index) => word.slice(index * width, (index + 1) * width)),
  );
  const rows = packRows(words, (word) => word.length, 1, width).map((row) => row.join(' '));
  return rows.length <= height ? rows : [...rows.slice(0, height - 1), clip(rows.slice(height - 1).join(' '), width)];
}
