// Colors for text output. chalk is loaded only when colors are on (a TTY without NO_COLOR),
// so CI runs, which are never a TTY, do not pay for it.

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
