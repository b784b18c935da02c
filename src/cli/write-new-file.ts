// Writing a file that must not exist yet (cfsim init): the text goes to a temporary file beside it,
// which is then linked to the target's name. A link, unlike a rename, fails when the name exists,
// so a file created meanwhile by someone else is never replaced.
import { randomBytes } from 'node:crypto';
import { link, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UsageError } from './exit-codes.js';

/** Writes `path`; false (and nothing written) when it exists already. */
export async function writeNewFile(path: string, text: string): Promise<boolean> {
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, text, { flag: 'wx' });
    await link(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new UsageError(`cannot write ${path}: ${(error as Error).message}`, 'check the folder and its permissions');
  } finally {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}
