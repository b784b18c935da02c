// `cfsim profiles check [--repair]`: SQLite's integrity check of the store file and cfsim's check of
// its key index (src/store/sqlite-check.ts). Exit 0 when the store is intact, 1 when problems were
// found, 2 when the file is no store at all. It opens the file itself: the other commands refuse a
// damaged store, which this one must read.
import { existsSync } from 'node:fs';
import { ExitCode, UsageError } from '../../exit-codes.js';
import type { CliIO } from '../../io.js';
import type { CheckCommandOptions } from '../profiles.js';
import { count, printJson, wantsJson } from './output.js';
import { storeFile } from './store-access.js';

export async function checkCommand(options: CheckCommandOptions, io: CliIO): Promise<ExitCode> {
  const { file, label } = storeFile(options, io);
  if (!existsSync(file)) throw new UsageError(`${label}: there is no profile store here`, 'point --store at the store file to check');
  const [{ checkStoreFile }, { StoreFileError }] = await Promise.all([
    import('../../../store/sqlite-check.js'),
    import('../../../store/sqlite-errors.js'),
  ]);
  let report;
  try {
    report = checkStoreFile(file, { repair: options.repair });
  } catch (error) {
    if (error instanceof StoreFileError) throw new UsageError(`${label}: ${error.reason}`, error.fix);
    throw error;
  }
  const { problems, profiles, indexRows, fix } = report;
  if (wantsJson(options, io)) {
    printJson(io, { Ok: problems.length === 0, Problems: problems, Fix: fix, Profiles: profiles, IndexRows: indexRows, Repaired: options.repair });
  } else if (problems.length === 0) {
    const repaired = options.repair ? '; key index rebuilt' : '';
    io.stdout(`${label}: intact: SQLite's integrity check found nothing; ${count(profiles, 'profile')}, ${count(indexRows, 'key index row')}, each where it belongs${repaired}\n`);
  } else {
    io.stdout(`${label}: ${count(problems.length, 'problem')}:\n${problems.map((problem) => `  ${problem}\n`).join('')}  fix: ${fix}\n`);
  }
  return problems.length ? ExitCode.Failed : ExitCode.Ok;
}
