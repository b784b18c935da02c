// Which machine-readable document stdout must hold, read from the command line before commander
// parses it: even a command line that commander refuses (`cfsim run x.yaml --json --contacts c.yaml`)
// must leave a document, not an empty file, in `> result.json`.

export type MachineFormat =
  | { readonly command: 'run' | 'profiles'; readonly format: 'json' }
  | { readonly command: 'validate'; readonly format: 'json' | 'sarif' | 'github' }
  | { readonly command: 'test'; readonly format: 'json' | 'github' };

/** The format asked for on stdout, if it is one a program reads; undefined for text (and for a report written to --output). */
export function machineFormatOf(argv: readonly string[]): MachineFormat | undefined {
  const [command, ...rest] = argv;
  const end = rest.indexOf('--');
  const words = end >= 0 ? rest.slice(0, end) : rest;
  switch (command) {
    case 'run':
    case 'profiles':
      return words.includes('--json') ? { command, format: 'json' } : undefined;
    case 'validate': {
      const format = optionValue(words, '--format', '-f');
      return format === 'json' || format === 'sarif' || format === 'github' ? { command, format } : undefined;
    }
    case 'test': {
      // With --output the report goes to the file and stdout has text.
      if (optionValue(words, '--output', '-o') !== undefined) return undefined;
      const format = optionValue(words, '--reporter', '-r');
      return format === 'json' || format === 'github' ? { command, format } : undefined;
    }
    default:
      return undefined;
  }
}

/** The last value given to an option: `--format sarif`, `--format=sarif`, `-f sarif` or `-fsarif`. */
function optionValue(words: readonly string[], long: string, short: string): string | undefined {
  let value: string | undefined;
  words.forEach((word, index) => {
    if (word === long || word === short) value = words[index + 1];
    else if (word.startsWith(`${long}=`)) value = word.slice(long.length + 1);
    else if (word.startsWith(short) && !word.startsWith('--') && word.length > short.length) value = word.slice(short.length);
  });
  return value;
}
