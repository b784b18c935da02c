// The profile fields of `cfsim profiles create` and `update`: named options for the usual fields,
// --attr name=value, and --field Name=value for any other (the flat names a CSV header may use).
import { UsageError } from '../../exit-codes.js';
import { FIELD_NAME_HELP, locateFlatName, recordFromFlat, type FlatColumn } from '../../../store/flat-record.js';
import type { FieldLocation } from '../../../store/profile.js';
import type { FieldsMode } from '../../../store/profile-fields.js';
import { dictionary } from '../../../store/dictionary.js';
import type { ProfileRecord } from '../../../store/types.js';
import type { FieldSource, FieldSources } from './store-access.js';

export interface FieldOptions {
  readonly firstName?: string;
  readonly middleName?: string;
  readonly lastName?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly account?: string;
  readonly attr: readonly string[];
  readonly field: readonly string[];
}

const NAMED: readonly (readonly [keyof FieldOptions, string])[] = [
  ['firstName', 'FirstName'],
  ['middleName', 'MiddleName'],
  ['lastName', 'LastName'],
  ['phone', 'PhoneNumber'],
  ['email', 'EmailAddress'],
  ['account', 'AccountNumber'],
];

/**
 * The fields the options give, with the option that gave each (for errors). Empty values are kept:
 * CreateProfile refuses them and UpdateProfile removes the value, so the store says which applies.
 * `command` is the command as the user wrote it up to its options, for the fix when no field is given.
 */
export function fieldsFromOptions(
  options: FieldOptions,
  mode: FieldsMode,
  command: string,
): { fields: ProfileRecord; sources: FieldSources } {
  const values: (readonly [FlatColumn, string])[] = [];
  const sources = dictionary<FieldSource>();
  const add = (name: string, value: string, flag: string): void => {
    const column = locateFlatName(name);
    if (!column || column.kind === 'profileId' || column.kind === 'key') {
      throw new UsageError(`${flag}: unknown profile field "${name}"`, `use ${FIELD_NAME_HELP}`);
    }
    values.push([column, value]);
    const fix = flag === '--field'
      ? `correct --field ${name}=… (limits: docs/profile-store.md)`
      : mode === 'create' ? `give ${flag} 1 to 255 characters, or leave it out` : `give ${flag} at most 255 characters ("" removes the value)`;
    // The paths the store's messages start with: FirstName, ShippingAddress.City, Attributes.tier, `Attributes key`.
    for (const path of columnPaths(column)) sources[path] = { flag, fix };
  };
  for (const [option, field] of NAMED) {
    const value = options[option];
    if (typeof value === 'string') add(field, value, `--${option.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);
  }
  for (const pair of options.attr) {
    const [name, value] = splitPair(pair, '--attr');
    add(`Attributes.${name}`, value, '--attr');
  }
  for (const pair of options.field) add(...splitPair(pair, '--field'), '--field');
  if (values.length === 0) {
    throw new UsageError('no profile fields given', `give fields, as in \`${command} --first-name Ana --phone +14255550100\` (any field: --field Name=value)`);
  }
  return { fields: recordFromFlat(values, { skipEmpty: false }), sources };
}

function columnPaths(column: FieldLocation): string[] {
  switch (column.kind) {
    case 'string':
      return [column.field];
    case 'address':
      return [`${column.address}.${column.part}`, column.address];
    case 'attribute':
      return [`Attributes.${column.name}`, 'Attributes'];
  }
}

function splitPair(pair: string, option: string): [string, string] {
  const at = pair.indexOf('=');
  if (at <= 0) throw new UsageError(`${option} ${pair}: expected <name>=<value>`, `write it as ${option} Name=value`);
  return [pair.slice(0, at), pair.slice(at + 1)];
}
