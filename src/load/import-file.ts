// The file of `cfsim profiles import`, read through the one reader (read-file.ts) with the limit of
// its format: CSV and JSON Lines up to 256 MB, a JSON document 64 MB, YAML 16 MB (FILE_KINDS). The
// store turns the bytes into records (src/store/import-file.ts).
import { IMPORT_FORMATS, ImportFileError, importFormatOf, importSource, isImportFormat, type ImportSource } from '../store/import-file.js';
import { FILE_KINDS, readInputBytes, type FileKind } from './read-file.js';

const KIND_BY_FORMAT: Readonly<Record<string, FileKind>> = {
  '.csv': FILE_KINDS.importLines,
  '.jsonl': FILE_KINDS.importLines,
  '.ndjson': FILE_KINDS.importLines,
  '.json': FILE_KINDS.importJson,
  '.yaml': FILE_KINDS.importYaml,
  '.yml': FILE_KINDS.importYaml,
};

/** Throws ImportFileError (the content) or InputFileError (the file: missing, not a regular file, too large). */
export function readImportFile(file: string, cwd: string): ImportSource {
  const format = importFormatOf(file);
  const kind = Object.hasOwn(KIND_BY_FORMAT, format) ? KIND_BY_FORMAT[format] : undefined;
  if (!kind || !isImportFormat(format)) throw new ImportFileError(`cannot tell the format from the extension: use ${IMPORT_FORMATS}`);
  return importSource(readInputBytes(file, cwd, kind), file);
}
