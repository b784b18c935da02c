// Every file cfsim writes (`cfsim test --output`, `cfsim step --save-test`): a temporary file beside
// the target, renamed over it, so that a reader never sees half a file. What is there already decides:
// - nothing, or a regular file: written; a file's permission bits are kept;
// - a symbolic link: written through to the regular file it leads to (the link stays a link), as
//   the shell's `>` does;
// - a directory, device, FIFO or socket (also at the end of a link): a usage error, and nothing is
//   replaced (renaming over /dev/null would have replaced the device with a file).
// See docs/scenario-tests.md ("Report files").
import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { chmod, lstat, mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { specialFileKind } from '../load/read-file.js';
import { UsageError } from './exit-codes.js';

/**
 * Writes `text` to `file` (relative to `cwd`; named as given in messages). `label` names the option
 * in messages (`--output`). Throws UsageError when the path is not one cfsim may write.
 */
export async function writeFileSafely(file: string, cwd: string, text: string, label: string): Promise<void> {
  const target = await writableTarget(resolve(cwd, file), file, label);
  const existing = await statIfExists(target);
  const temporary = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await makeDirectories(dirname(target));
    // wx: a file (or link) already at the temporary name is never followed nor overwritten.
    await writeFile(temporary, text, { flag: 'wx' });
    if (existing) await chmod(temporary, existing.mode & 0o7777);
    await rename(temporary, target);
  } catch (error) {
    // Best effort: rm itself fails on a path through a file (ENOTDIR), where no temporary file was made.
    await rm(temporary, { force: true }).catch(() => undefined);
    if (error instanceof NotADirectory) throw new UsageError(`cannot write ${file}: not a directory`, `${error.path} is a file: give ${label} a path below a directory`);
    throw new UsageError(`cannot write ${file}: ${(error as Error).message}`, `check the ${label} path and its permissions`);
  }
}

/** The path to rename over: `file`, or the regular file its symbolic links lead to. */
async function writableTarget(path: string, file: string, label: string): Promise<string> {
  const link = await lstat(path).catch(() => undefined);
  if (!link) return path;
  let target = path;
  if (link.isSymbolicLink()) {
    try {
      target = await realpath(path);
    } catch {
      throw new UsageError(`${label} ${file}: a symbolic link that leads to no file`, `give ${label} a regular file, or point the link at one`);
    }
  }
  const stats = target === path ? link : await stat(target);
  if (stats.isFile()) return target;
  const through = target === path ? '' : ` (a link to ${target})`;
  if (stats.isDirectory()) {
    throw new UsageError(`${label} ${file}${through}: is a directory`, `give ${label} a file name, such as ${file.replace(/\/+$/, '')}/report.xml`);
  }
  throw new UsageError(
    `${label} ${file}${through}: is ${specialFileKind(stats)}, not a regular file; cfsim writes its report by renaming a new file over the path, which would replace it`,
    `give ${label} a regular file, or leave ${label} out to print the report on standard output (and redirect that)`,
  );
}

/** A path that must be a directory, but is a file (`-o report.yaml/cfsim.xml`). */
class NotADirectory extends Error {
  constructor(readonly path: string) {
    super(`${path} is not a directory`);
  }
}

/**
 * `mkdir -p`, one level at a time below the nearest existing ancestor: Node's recursive mkdir
 * never returns for some paths (/proc/x on Linux), and this way a file in the path is named.
 */
async function makeDirectories(dir: string): Promise<void> {
  const missing: string[] = [];
  let existing = dir;
  let stats = await statIfExists(existing);
  while (!stats) {
    missing.unshift(existing);
    existing = dirname(existing);
    stats = await statIfExists(existing);
  }
  if (!stats.isDirectory()) throw new NotADirectory(existing);
  for (const path of missing) await mkdir(path);
}

/** Undefined when nothing is there, nor can be without making directories (ENOTDIR: a file on the way). */
function statIfExists(path: string): Promise<Stats | undefined> {
  return stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw error;
  });
}
