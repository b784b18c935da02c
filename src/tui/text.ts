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
