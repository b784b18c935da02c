// Packs the contact's sections into the rows the screen has: `name=value` pairs side by side, every
// section on at least one row, spare rows to the sections that need them, in order.
import { VALUE_WIDTH, type ContactSection, type Field } from './contact-fields.js';
import { clip, packRows } from './text.js';

export const LABEL_WIDTH = 11;
const GAP = 2;

export interface ContactLine {
  /** The section's label on its first row, "" on the rows after. */
  readonly label: string;
  readonly pairs: readonly { readonly text: string; readonly changed: boolean }[];
  /** Fields of the section that did not fit, counted on its last row. */
  readonly more: number;
}

export function contactLines(sections: readonly ContactSection[], width: number, height: number): ContactLine[] {
  // Four columns stay free for the " +12" of a section cut short.
  const room = width - LABEL_WIDTH - 4;
  const packed = sections.map((section) => pack(section.fields, room));
  const allowed = packed.map(() => 1);
  let spare = height - sections.length;
  packed.forEach((rows, index) => {
    const extra = Math.max(0, Math.min(spare, rows.length - 1));
    allowed[index] = 1 + extra;
    spare -= extra;
  });
  return sections.flatMap((section, index) => {
    const rows = (packed[index] ?? []).slice(0, allowed[index]);
    const shown = rows.reduce((count, row) => count + row.length, 0);
    return (rows.length ? rows : [[]]).map((pairs, row, all) => ({
      label: row === 0 ? section.label : '',
      pairs,
      more: row === all.length - 1 ? section.fields.length - shown : 0,
    }));
  });
}

/** `name=value`, `name removed`, with `*` when changed: the mark survives the cut to `room`. */
function pairText(field: Field, room: number): string {
  const text = field.value === null ? `${field.name} removed` : `${field.name}=${clip(field.value, VALUE_WIDTH)}`;
  return field.changed ? `${clip(text, room - 1)}*` : clip(text, room);
}

/** Pairs in rows of `room` characters; a pair wider than a row gets a row of its own, cut. */
function pack(fields: readonly Field[], room: number): ContactLine['pairs'][] {
  const pairs = fields.map((field) => ({ text: pairText(field, room), changed: field.changed }));
  return packRows(pairs, (pair) => pair.text.length, GAP, room);
}
