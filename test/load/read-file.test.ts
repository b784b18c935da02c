// The one reader of input files (src/load/read-file.ts): regular files only, after symbolic links;
// the size limit before reading; the same wording for every kind.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_KINDS, FileTooLargeError, InputFileError, readInputBytes, readInputText } from '../../src/load/read-file.js';
import { tempDir } from '../helpers/temp-dir.js';

const posix = process.platform !== 'win32';

/** The error reading `file` throws, as the user would read it. */
function refusal(file: string, cwd: string, kind = FILE_KINDS.contact): { message: string; fix: string; reason: string } {
  try {
    readInputBytes(file, cwd, kind);
  } catch (error) {
    if (error instanceof InputFileError) return { message: error.message, fix: error.fix, reason: error.reason };
    throw error;
  }
  throw new Error(`${file} was read`);
}

describe('readInputBytes', () => {
  it('reads a regular file, and one through a symbolic link', () => {
    const dir = tempDir('cfsim-read-');
    writeFileSync(join(dir, 'contact.yaml'), 'Channel: CHAT\n');
    expect(readInputText('contact.yaml', dir, FILE_KINDS.contact)).toBe('Channel: CHAT\n');
    if (posix) {
      symlinkSync('contact.yaml', join(dir, 'link.yaml'));
      expect(readInputText('link.yaml', dir, FILE_KINDS.contact)).toBe('Channel: CHAT\n');
    }
  });

  it('says what is missing, and what is a directory', () => {
    const dir = tempDir('cfsim-read-');
    expect(refusal('nope.yaml', dir)).toEqual({ message: 'cannot read the contact file nope.yaml: no such file', fix: 'check the path', reason: 'missing' });
    mkdirSync(join(dir, 'folder'));
    expect(refusal('folder', dir, FILE_KINDS.mocks)).toEqual({
      message: 'cannot read the mocks file folder: it is a directory',
      fix: 'give a mocks file (a regular file), not a directory',
      reason: 'directory',
    });
    expect(refusal('', dir).reason).toBe('missing');
  });

  it.runIf(posix)('refuses a FIFO without opening it (opening one waits for a writer)', () => {
    const dir = tempDir('cfsim-read-');
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    expect(refusal('pipe.yaml', dir, FILE_KINDS.scenario)).toEqual({
      message: 'cannot read the scenario file pipe.yaml: it is a named pipe (FIFO), not a regular file',
      fix: 'save the scenario file as a regular file and give its path (cfsim reads no devices, pipes or sockets)',
      reason: 'not-a-file',
    });
  });

  it.runIf(process.platform === 'linux')('refuses a device, also at the end of a symbolic link, and names where the link leads', () => {
    const dir = tempDir('cfsim-read-');
    expect(refusal('/dev/zero', dir).message).toBe('cannot read the contact file /dev/zero: it is a character device, not a regular file');
    symlinkSync('/dev/zero', join(dir, 'z.csv'));
    expect(refusal('z.csv', dir, FILE_KINDS.importLines).message).toBe('cannot read the import file z.csv (/dev/zero): it is a character device, not a regular file');
  });

  it("refuses a file over its kind's limit before reading it", () => {
    const dir = tempDir('cfsim-read-');
    // Sparse: 17 MB that take no disk space, and would take 17 MB of memory if read.
    writeFileSync(join(dir, 'big.yaml'), '');
    truncateSync(join(dir, 'big.yaml'), 17 * 1024 * 1024);
    let error: unknown;
    try {
      readInputBytes('big.yaml', dir, FILE_KINDS.contact);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect((error as FileTooLargeError).message).toBe('the contact file big.yaml is 17 MB; a contact file is at most 16 MB');
    // The same file is within a profiles fixture's limit.
    expect(readInputBytes('big.yaml', dir, FILE_KINDS.profiles).length).toBe(17 * 1024 * 1024);
  });

  it('gives every kind a limit and a fix for a file over it', () => {
    for (const kind of Object.values(FILE_KINDS)) {
      expect(kind.maxBytes).toBeGreaterThanOrEqual(4 * 1024 * 1024);
      expect(kind.tooLargeFix).not.toBe('');
    }
  });
});
