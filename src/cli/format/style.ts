// Colors for text output. chalk is loaded only when colors are on (a TTY without NO_COLOR, or
// FORCE_COLOR), so CI runs, which are never a TTY, do not pay for it.

const NAMES = ['red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'gray', 'bold', 'dim', 'inverse', 'underline'] as const;
export type StyleName = (typeof NAMES)[number];
export type Style = Readonly<Record<StyleName, (text: string) => string>>;

const plain = (text: string): string => text;
export const PLAIN_STYLE: Style = Object.fromEntries(NAMES.map((name) => [name, plain])) as Record<StyleName, typeof plain>;

export async function loadStyle(color: boolean): Promise<Style> {
  if (!color) return PLAIN_STYLE;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return Object.fromEntries(NAMES.map((name) => [name, (text: string) => chalk[name](text)])) as Record<StyleName, typeof plain>;
}

/**
 * Whether text output is coloured, read as chalk reads FORCE_COLOR and as https://no-color.org asks:
 * - FORCE_COLOR first (as Node itself ranks it above NO_COLOR): `0` or `false` turns colours off;
 *   `1`, `2`, `3`, `true` or empty turns them on, even in a pipe (a CI log that shows colours);
 * - else NO_COLOR, set and not empty, turns them off;
 * - else colours on a terminal, unless TERM is `dumb`.
 */
export function colorEnabled(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === 'false' || force === '0') return false;
    if (force === '' || force === 'true' || /^[1-9]\d*$/.test(force)) return true;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}
