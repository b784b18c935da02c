// The --contact file: schemas/contact.schema.json (code RUN001 for its problems).
import { validate } from '../../generated/validators/contact.js';
import type { SchemaValidator } from '../../validate/schema-validator.js';
import { contactFromFile, type ContactFile, type ContactSetup } from '../contact-input.js';
import { parseInput, readText, type InputRead } from './input-file.js';

export const CONTACT_FILE_CODE = 'RUN001';

export async function readContactFile(file: string, cwd: string): Promise<InputRead<ContactSetup>> {
  return parseContactText(file, await readText(file, cwd, 'contact file'));
}

export function parseContactText(file: string, text: string): InputRead<ContactSetup> {
  const read = parseInput<ContactFile>(file, text, validate as SchemaValidator, CONTACT_FILE_CODE);
  return read.ok ? { ok: true, value: contactFromFile(read.value) } : read;
}
