// The --contact file: schemas/contact.schema.json (code RUN001 for its problems).
import { validate } from '../generated/validators/contact.js';
import type { SchemaValidator } from '../validate/schema-validator.js';
import { contactFromFile, type ContactFile, type ContactSetup } from '../runtime/contact-input.js';
import { parseInput, type InputKind, type InputRead } from './input-file.js';
import { FILE_KINDS, readInputText } from './read-file.js';

export const CONTACT_FILE: InputKind = { code: 'RUN001', schema: 'schemas/contact.schema.json', validate: validate as SchemaValidator, file: FILE_KINDS.contact };

export async function readContactFile(file: string, cwd: string): Promise<InputRead<ContactSetup>> {
  return parseContactText(file, readInputText(file, cwd, CONTACT_FILE.file));
}

export function parseContactText(file: string, text: string): InputRead<ContactSetup> {
  const read = parseInput<ContactFile>(file, text, CONTACT_FILE);
  if (!read.ok) return read;
  return read.source ? { ok: true, value: contactFromFile(read.value), source: read.source } : { ok: true, value: contactFromFile(read.value) };
}
