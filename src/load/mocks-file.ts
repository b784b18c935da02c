// The --mocks file: schemas/mocks.schema.json (code RUN002 for its problems).
import { validate } from '../generated/validators/mocks.js';
import type { SchemaValidator } from '../validate/schema-validator.js';
import type { Mocks } from '../runtime/mocks.js';
import { parseInput, type InputKind, type InputRead } from './input-file.js';
import { FILE_KINDS, readInputText } from './read-file.js';

export const MOCKS_FILE: InputKind = { code: 'RUN002', schema: 'schemas/mocks.schema.json', validate: validate as SchemaValidator, file: FILE_KINDS.mocks };

export async function readMocksFile(file: string, cwd: string): Promise<InputRead<Mocks>> {
  return parseInput<Mocks>(file, readInputText(file, cwd, MOCKS_FILE.file), MOCKS_FILE);
}
