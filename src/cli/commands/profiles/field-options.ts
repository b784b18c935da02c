// The profile fields of `cfsim profiles create` and `update`: named options for the usual fields,
// --attr name=value, and --field Name=value for any other (the flat names a CSV header may use).
import { UsageError } from '../../exit-codes.js';
import { FIELD_NAME_HELP, locateFlatName, recordFromFlat, type FlatColumn } from '../../../store/flat-record.js';
import type { ProfileRecord } from '../../../store/types.js';

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

/** The fields the options give; `keepEmpty` keeps "" values (update: "" removes the value). */
export function fieldsFromOptions(options: FieldOptions, keepEmpty: boolean): ProfileRecord {
  const values: (readonly [FlatColumn, string])[] = [];
  const add = (name: string, value: string, option: string): void => {
    const column = locateFlatName(name);
    if (!column || column.kind === 'profileId' || column.kind === 'key') {
      throw new UsageError(`${option}: unknown profile field "${name}"`, `use ${FIELD_NAME_HELP}`);
    }
    values.push([column, value]);
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
  if (values.length === 0) throw new UsageError('no profile fields given', 'give fields such as --first-name Ana --phone +14255550100, or --field <name=value>');
  return recordFromFlat(values, { skipEmpty: !keepEmpty });
}

function splitPair(pair: string, option: string): [string, string] {
  const at = pair.indexOf('=');
  if (at <= 0) throw new UsageError(`${option} ${pair}: expected <name>=<value>`, `write it as ${option} Name=value`);
  return [pair.slice(0, at), pair.slice(at + 1)];
}
