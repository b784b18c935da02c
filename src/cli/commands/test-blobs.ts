// Report blobs of sharded runs: `cfsim test --shard k/n` writes what it ran (case results and
// coverage counts) to one JSON file; `cfsim test --merge-reports <dir>` puts the blobs of all n
// shards together into the report one unsharded run would give (timings aside).
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { mergeCoverage, type CoverageReport } from '../../scenario/coverage.js';
import type { Shard } from '../../scenario/select.js';
import { totalsOf, type FileResult, type ScenarioWarning } from '../../scenario/types.js';
import { UsageError } from '../exit-codes.js';
import type { TestReport } from '../format/test-report.js';

export const BLOB_VERSION = 1;
/** Blobs read by --merge-reports at most: a shard count is at most this. */
const MAX_BLOBS = 1000;

export interface ReportBlob {
  readonly cfsimReportBlob: typeof BLOB_VERSION;
  readonly shard: Shard;
  readonly seed: string;
  /** Each scenario file that had cases in this shard, with its place among all the run's files. */
  readonly files: readonly { readonly order: number; readonly result: FileResult }[];
  /** Coverage counts of this shard's cases over every flow of the whole run. */
  readonly coverage: CoverageReport;
  readonly durationMs: number;
}

export function blobFileName(shard: Shard): string {
  return `cfsim-shard-${shard.current}-of-${shard.total}.json`;
}

export async function readBlobs(dir: string, cwd: string): Promise<ReportBlob[]> {
  const path = resolve(cwd, dir);
  let names: string[];
  try {
    names = (await readdir(path)).filter((name) => /^cfsim-shard-\d+-of-\d+\.json$/.test(name)).sort();
  } catch (error) {
    throw new UsageError(`cannot read --merge-reports ${dir}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (error as Error).message}`, 'give the directory the shards wrote their blobs to (--blob-dir, default reports/blobs)');
  }
  if (!names.length) throw new UsageError(`no report blobs (cfsim-shard-*.json) in ${dir}`, 'run cfsim test --shard k/n for every shard first; each writes one blob');
  if (names.length > MAX_BLOBS) throw new UsageError(`${names.length} report blobs in ${dir}; at most ${MAX_BLOBS}`, 'merge the blobs of one run at a time');
  const blobs: ReportBlob[] = [];
  for (const name of names) {
    const file = join(dir, name);
    let blob: unknown;
    try {
      blob = JSON.parse(await readFile(join(path, name), 'utf8'));
    } catch (error) {
      throw new UsageError(`cannot read the report blob ${file}: ${(error as Error).message}`, 'write the blobs again with cfsim test --shard');
    }
    if (!isBlob(blob)) throw new UsageError(`${file} is not a cfsim report blob (version ${BLOB_VERSION})`, 'write the blobs again with this version of cfsim test --shard');
    blobs.push(blob);
  }
  checkComplete(blobs, dir);
  return blobs;
}

function isBlob(value: unknown): value is ReportBlob {
  const blob = value as Partial<ReportBlob> | null;
  return typeof blob === 'object' && blob !== null && blob.cfsimReportBlob === BLOB_VERSION && Array.isArray(blob.files) && typeof blob.shard === 'object' && typeof blob.coverage === 'object';
}

/** One blob per shard of one run: the same n, every k from 1 to n once, the same seed. */
function checkComplete(blobs: readonly ReportBlob[], dir: string): void {
  const total = blobs[0]?.shard.total ?? 0;
  if (blobs.some((blob) => blob.shard.total !== total)) throw new UsageError(`the blobs in ${dir} come from runs with different shard counts`, 'merge the blobs of one run: empty the directory before the shards run');
  if (blobs.some((blob) => blob.seed !== blobs[0]?.seed)) throw new UsageError(`the blobs in ${dir} come from runs with different seeds`, 'run every shard with the same --seed');
  const missing = Array.from({ length: total }, (_, index) => index + 1).filter((current) => !blobs.some((blob) => blob.shard.current === current));
  if (missing.length) throw new UsageError(`shard${missing.length === 1 ? '' : 's'} ${missing.map((k) => `${k}/${total}`).join(', ')} missing in ${dir}`, 'wait for every shard to write its blob, or run the missing ones');
}

/** The report one unsharded run gives: files in their order, cases in file order, counts added. */
export function mergeBlobs(blobs: readonly ReportBlob[]): Omit<TestReport, 'minCoverage'> {
  const byFile = new Map<string, { order: number; parts: FileResult[] }>();
  for (const blob of blobs) {
    for (const { order, result } of blob.files) {
      const entry = byFile.get(result.file) ?? { order, parts: [] };
      entry.parts.push(result);
      byFile.set(result.file, entry);
    }
  }
  const files = [...byFile.values()].sort((a, b) => a.order - b.order).map(({ parts }) => mergeFile(parts));
  const coverage = mergeCoverage(blobs.map((blob) => blob.coverage));
  return {
    files,
    totals: totalsOf(files),
    durationMs: blobs.reduce((sum, blob) => sum + blob.durationMs, 0),
    ...(coverage ? { coverage } : {}),
  };
}

function mergeFile(parts: readonly FileResult[]): FileResult {
  const [first] = parts;
  if (!first) throw new Error('mergeFile needs a part');
  const cases = parts.flatMap((part) => part.cases).sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  // A file mock "no case reaches" only if no shard's cases reached it.
  const key = (warning: ScenarioWarning): string => `${warning.position.line}:${warning.position.column}:${warning.message}`;
  const warnings = first.warnings.filter((warning) => parts.every((part) => part.warnings.some((other) => key(other) === key(warning))));
  return { ...first, cases, warnings, durationMs: parts.reduce((sum, part) => sum + part.durationMs, 0) };
}
