import { lstatSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './exit-codes.js';

export interface FoundFile {
  /** As the user will read it: relative to cwd when it came from a directory or glob. */
  readonly file: string;
  /** Named on the command line itself, rather than found in a directory or by a glob. */
  readonly explicit: boolean;
}

const IGNORED = ['**/node_modules/**', '**/.git/**', '**/dist/**'];

/**
 * tinyglobby (with picomatch and fdir, over 100 kB of code) is imported only for a directory or a
 * pattern: `cfsim validate one.yaml`, the common CI call, does not pay for loading it at startup.
 */
const loadGlob = () => import('tinyglobby');

/**
 * Whether picomatch could see a glob in `operand`: without one of these characters it cannot,
 * and the operand is a plain path. A match only means "ask tinyglobby".
 */
const mayBeGlob = (operand: string): boolean => /[*?[\]{}()!+@]/.test(operand);

/** The operand that names standard input, where a command accepts it (`cfsim validate -`). */
export const STDIN_OPERAND = '-';

/**
 * Expands command-line operands into files: a file as is, a directory to every file below it
 * whose name matches `extensions`, a glob to its matches. A path that exists is taken as a path even
 * when it holds glob characters (`flow_(voicemail).json`). A missing operand is a usage error; so is
 * an empty one. With `stdin`, the operand `-` is kept as it is, for standard input.
 */
export async function findFiles(operands: readonly string[], cwd: string, extensions: readonly string[], options: { stdin?: boolean } = {}): Promise<FoundFile[]> {
  const found = new Map<string, FoundFile>();
  const add = (file: string, explicit: boolean): void => {
    if (!found.has(resolve(cwd, file))) found.set(resolve(cwd, file), { file, explicit });
  };
  for (const operand of operands) {
    if (operand === '') throw new UsageError('a path is empty', 'give a file, a directory or a quoted glob (an empty string names none)');
    if (operand === STDIN_OPERAND && options.stdin) {
      found.set(STDIN_OPERAND, { file: STDIN_OPERAND, explicit: true });
      continue;
    }
    if (mayBeGlob(operand) && !exists(resolve(cwd, operand))) {
      const { glob, isDynamicPattern } = await loadGlob();
      if (isDynamicPattern(operand)) {
        const matches = await glob(operand, { cwd, ignore: IGNORED, onlyFiles: true });
        if (!matches.length) throw new UsageError(`${operand}: no file matches this pattern`, 'check the pattern, and quote it so the shell does not expand it');
        for (const match of matches.sort()) add(match, false);
        continue;
      }
    }
    let isDirectory: boolean;
    try {
      isDirectory = statSync(resolve(cwd, operand)).isDirectory();
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      throw new UsageError(`${operand}: ${code === 'ENOENT' ? 'no such file or directory' : message}`, 'check the path');
    }
    if (!isDirectory) {
      add(operand, true);
      continue;
    }
    const pattern = `**/*.{${extensions.join(',')}}`;
    const { glob } = await loadGlob();
    const matches = await glob(pattern, { cwd: resolve(cwd, operand), ignore: IGNORED, onlyFiles: true }).catch((error: Error) => {
      throw new UsageError(`${operand}: cannot read this directory (${error.message})`, 'check its permissions');
    });
    for (const match of matches.sort()) add(`${operand.replace(/\/+$/, '')}/${match}`, false);
  }
  return [...found.values()];
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
