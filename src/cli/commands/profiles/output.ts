// How `cfsim profiles` prints: JSON for scripts (with --json, or whenever stdout is not a terminal),
// aligned tables and short sentences on a terminal.
import stringWidth from 'string-width';
import type { CliIO } from '../../io.js';
import { ADDRESS_KINDS, PROFILE_STRING_FIELDS, type Profile } from '../../../store/profile.js';
import type { SearchKey } from '../../../store/types.js';

export function wantsJson(options: { readonly json: boolean }, io: CliIO): boolean {
  return options.json || !io.isTTY;
}

export function printJson(io: CliIO, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** `1 profile`, `1,000 profiles`. */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

// Widths are terminal columns (string-width): 日本語 takes 6, a combining accent none.
const padEnd = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - stringWidth(text)));

const MAX_CELL = 40;

/** A cell at most MAX_CELL columns wide: a longer one is cut with an ellipsis. */
function cut(cell: string): string {
  if (stringWidth(cell) <= MAX_CELL) return cell;
  let kept = '';
  let width = 0;
  for (const character of cell) {
    width += stringWidth(character);
    if (width > MAX_CELL - 1) break;
    kept += character;
  }
  return `${kept}…`;
}

/** Columns padded to their widest cell; long cells are cut with an ellipsis. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = [headers, ...rows].map((row) => row.map(cut));
  const widths = headers.map((_, at) => Math.max(...cells.map((row) => stringWidth(row[at] ?? ''))));
  return cells.map((row) => row.map((cell, at) => padEnd(cell, widths[at] ?? 0)).join('  ').trimEnd()).join('\n') + '\n';
}

const SUMMARY_FIELDS = ['FirstName', 'LastName', 'PhoneNumber', 'EmailAddress', 'AccountNumber'] as const;

/** One row per profile: the id, the usual identifying fields, and what found it (search). */
export function formatProfileTable(profiles: readonly (Profile & { FoundByItems?: readonly SearchKey[] })[]): string {
  const found = profiles.some((profile) => profile.FoundByItems);
  const headers = ['ProfileId', ...SUMMARY_FIELDS, ...(found ? ['FoundBy'] : [])];
  const rows = profiles.map((profile) => [
    profile.ProfileId,
    ...SUMMARY_FIELDS.map((field) => profile[field] ?? ''),
    ...(found ? [(profile.FoundByItems ?? []).map(({ KeyName, Values }) => `${KeyName}=${Values.join('|')}`).join(' ')] : []),
  ]);
  return formatTable(headers, rows);
}

/** Every field of one profile as `Field  value` lines, in the Profile shape's order, then its custom keys. */
export function formatProfile(profile: Profile, keys: readonly SearchKey[]): string {
  const rows: string[][] = [['ProfileId', profile.ProfileId]];
  for (const field of PROFILE_STRING_FIELDS) {
    const value = profile[field];
    if (value !== undefined) rows.push([field, value]);
  }
  for (const kind of ADDRESS_KINDS) {
    for (const [part, value] of Object.entries(profile[kind] ?? {})) rows.push([`${kind}.${part}`, value]);
  }
  for (const [name, value] of Object.entries(profile.Attributes ?? {})) rows.push([`Attributes.${name}`, value]);
  for (const { KeyName, Values } of keys) rows.push([`Keys.${KeyName}`, Values.join(', ')]);
  const width = Math.max(...rows.map(([name]) => stringWidth(name ?? '')));
  return rows.map(([name, value]) => `${padEnd(name ?? '', width)}  ${value ?? ''}`).join('\n') + '\n';
}
