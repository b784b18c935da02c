// The one reader of every input file cfsim takes: flows, contacts, mocks, flows maps, profiles
// fixtures, scenario files and the files they name, and `cfsim profiles import` files. It follows
// symlinks, reads nothing but a regular file (a device, FIFO or socket may never end, or block
// forever), and refuses a file past its kind's size limit before reading it. See the limits in
// docs/running-flows.md ("Input files").
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_FLOW_FILE_BYTES } from '../flow/load.js';

const MEGABYTE = 1024 * 1024;

/** A kind of input file: how messages name it and the largest one cfsim reads. */
export interface FileKind {
  /** As messages name it: "contact file". */
  readonly what: string;
  readonly maxBytes: number;
  /** How to get under the limit. */
  readonly tooLargeFix: string;
}

/**
 * The limits. A flow: Amazon Connect takes at most 256,000 characters of flow content
 * (CreateContactFlow); at up to 4 bytes a character, with room for a wrapped export's escapes and
 * YAML's indentation, 4 MB holds any real flow. Contacts, mocks, flows maps and scenario files are
 * written by hand or by a script: 16 MB holds a contact with 100,000 attributes several times over.
 * A profiles fixture is loaded into memory for every run: 64 MB. An import file is read whole
 * (one transaction): CSV and JSON Lines up to 256 MB (about a million profiles), a JSON document
 * up to 64 MB and YAML up to 16 MB (YAML's parser keeps every node's source range).
 */
export const FILE_KINDS = {
  flow: { ...kind('flow file', MAX_FLOW_FILE_BYTES / MEGABYTE, ''), tooLargeFix: 'check that this is a flow: Amazon Connect takes at most 256,000 characters of flow content' },
  contact: kind('contact file', 16, 'a contact holds its attributes and inputs: check that this is a contact file'),
  mocks: kind('mocks file', 16, 'check that this is a mocks file'),
  flowsMap: kind('flows map', 16, 'check that this is a flows map (reference: file lines)'),
  project: kind('project file', 16, 'check that this is a cfsim.yaml project file'),
  scenario: kind('scenario file', 16, 'split the cases over several scenario files'),
  profiles: kind('profiles file', 64, 'keep fewer profiles in the fixture, or import them into a --store once (cfsim profiles import)'),
  importLines: kind('import file', 256, 'split it into files of fewer rows (split -l) and import each; every import is one transaction'),
  importJson: kind('import file', 64, 'write it as JSON Lines (.jsonl, one profile a line), which may be up to 256 MB, or split it'),
  importYaml: kind('import file', 16, 'write it as JSON Lines (.jsonl, one profile a line), which may be up to 256 MB, or split it'),
} as const satisfies Readonly<Record<string, FileKind>>;

function kind(what: string, megabytes: number, tooLargeFix: string): FileKind {
  return { what, maxBytes: megabytes * MEGABYTE, tooLargeFix };
}

/** Why a file was not read. */
export type UnreadableReason = 'missing' | 'directory' | 'not-a-file' | 'permission' | 'too-large' | 'other';

/** A file that could not be read at all (missing, a directory, a device, too large): a usage problem, exit 2. */
export class InputFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly fix: string,
    readonly reason: UnreadableReason = 'other',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'InputFileError';
  }
}

/** A file over its kind's limit; `size` in bytes. */
export class FileTooLargeError extends InputFileError {
  constructor(
    file: string,
    readonly size: number,
    readonly kind: FileKind,
  ) {
    super(file, `the ${kind.what} ${file} is ${megabytes(size)} MB; ${article(kind.what)} ${kind.what} is at most ${kind.maxBytes / MEGABYTE} MB`, kind.tooLargeFix, 'too-large');
    this.name = 'FileTooLargeError';
  }
}

/** The bytes of `file` (relative to `cwd`; kept as given for messages); throws InputFileError. */
export function readInputBytes(file: string, cwd: string, fileKind: FileKind): Uint8Array {
  const path = resolve(cwd, file);
  const fail = (error: unknown): never => {
    throw unreadable(file, path, fileKind, error);
  };
  if (file === '') fail(Object.assign(new Error('empty path'), { code: 'EMPTY' }));
  // stat first: opening a FIFO for reading blocks until a writer comes, and opening a device may do more.
  let stats: Stats | undefined;
  try {
    stats = statSync(path);
  } catch (error) {
    fail(error);
  }
  if (stats && !stats.isFile()) throw notAFile(file, path, fileKind, stats);
  let fd: number | undefined;
  try {
    // O_NONBLOCK: should the path have become a FIFO since the stat, opening it does not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw notAFile(file, path, fileKind, opened);
    if (opened.size > fileKind.maxBytes) throw new FileTooLargeError(file, opened.size, fileKind);
    const bytes = readBounded(fd, opened.size, fileKind.maxBytes);
    if (!bytes) throw new FileTooLargeError(file, fileKind.maxBytes + 1, fileKind);
    return bytes;
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    return fail(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The file as UTF-8 text (invalid bytes become U+FFFD, as readFile(…, 'utf8') reads them). */
export function readInputText(file: string, cwd: string, fileKind: FileKind): string {
  return new TextDecoder('utf-8').decode(readInputBytes(file, cwd, fileKind));
}

/**
 * Reads to the end, but never more than `max` bytes: a file that grew since its stat is caught too.
 * Undefined when there is more than `max`.
 */
function readBounded(fd: number, size: number, max: number): Uint8Array | undefined {
  let buffer = Buffer.allocUnsafe(Math.min(size, max) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > max) return undefined;
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, max + 1));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return length > max ? undefined : buffer.subarray(0, length);
}

const CHECK_PATH = 'check the path';

function unreadable(file: string, path: string, fileKind: FileKind, error: unknown): InputFileError {
  const code = (error as NodeJS.ErrnoException).code;
  const message = (reason: string): string => `cannot read the ${fileKind.what} ${file}: ${reason}`;
  const options = { cause: error };
  switch (code) {
    case 'EMPTY':
      return new InputFileError(file, `the ${fileKind.what} path is empty`, `give the path of ${article(fileKind.what)} ${fileKind.what}`, 'missing');
    case 'ENOENT':
      return new InputFileError(file, message('no such file'), CHECK_PATH, 'missing', options);
    case 'ENOTDIR':
      return new InputFileError(file, message('a part of the path is a file, not a directory'), CHECK_PATH, 'missing', options);
    case 'EISDIR':
      return new InputFileError(file, message('it is a directory'), `give ${article(fileKind.what)} ${fileKind.what} (a regular file), not a directory`, 'directory', options);
    case 'EACCES':
    case 'EPERM':
      return new InputFileError(file, message('permission denied'), 'check its permissions', 'permission', options);
    case 'ELOOP':
      return new InputFileError(file, message(`a loop of symbolic links (${resolvedOr(path)})`), 'point the symbolic link at a regular file', 'other', options);
    default:
      return new InputFileError(file, message(error instanceof Error ? error.message : String(error)), CHECK_PATH, 'other', options);
  }
}

function notAFile(file: string, path: string, fileKind: FileKind, stats: Stats): InputFileError {
  const target = resolvedOr(path);
  const through = target !== path ? ` (${target})` : '';
  if (stats.isDirectory()) {
    return new InputFileError(file, `cannot read the ${fileKind.what} ${file}${through}: it is a directory`, `give ${article(fileKind.what)} ${fileKind.what} (a regular file), not a directory`, 'directory');
  }
  return new InputFileError(
    file,
    `cannot read the ${fileKind.what} ${file}${through}: it is ${specialFileKind(stats)}, not a regular file`,
    `save the ${fileKind.what} as a regular file and give its path (cfsim reads no devices, pipes or sockets)`,
    'not-a-file',
  );
}

/** What a path that is not a regular file (nor a directory) is, for a message. */
export function specialFileKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}

/** Where a path's symbolic links lead, for a message; the path itself when that cannot be told. */
function resolvedOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Rounded up, so that a file just over the limit does not read as the limit itself. */
function megabytes(size: number): number {
  return Math.ceil((size / MEGABYTE) * 10) / 10;
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? 'an' : 'a';
}
