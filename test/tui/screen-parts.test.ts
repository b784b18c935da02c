// The rules behind what the screen shows, as plain data: references, changes, rows.
import { describe, expect, it } from 'vitest';
import { contactFromFile } from '../../src/runtime/contact-input.js';
import { contactSections } from '../../src/tui/contact-fields.js';
import { contactLines } from '../../src/tui/contact-lines.js';
import { detailLines } from '../../src/tui/detail-lines.js';
import { parameterLines } from '../../src/tui/parameter-lines.js';

const contact = contactFromFile({ CustomerEndpoint: { Address: '+14255550100' }, Customer: { FirstName: 'Ana' } }).contact;

describe('parameter lines', () => {
  it('resolves every $. reference, whole or inline, and an unresolved one to ""', () => {
    const lines = parameterLines(
      { Text: 'Hi $.Customer.FirstName, from $.Attributes.missing', ProfileRequestData: { IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' } },
      contact,
    );
    expect(lines).toEqual([
      { name: 'Text', value: 'Hi $.Customer.FirstName, from $.Attributes.missing', references: [
        { path: '$.Customer.FirstName', value: 'Ana' },
        { path: '$.Attributes.missing', value: '' },
      ] },
      { name: 'IdentifierValue', value: '$.CustomerEndpoint.Address', references: [{ path: '$.CustomerEndpoint.Address', value: '+14255550100' }] },
      { name: 'IdentifierName', value: '_phone', references: [] },
    ]);
  });

  it('puts a whole reference and its value on one line when it fits, else the value under it', () => {
    const [whole] = parameterLines({ Value: '$.Customer.FirstName' }, contact);
    expect(detailLines([whole!], 80)).toEqual([{ kind: 'reference', name: 'Value', path: '$.Customer.FirstName', value: 'Ana' }]);
    expect(detailLines([whole!], 20)).toEqual([
      { kind: 'param', name: 'Value', value: '$.Customer.FirstName' },
      { kind: 'reference', value: 'Ana' },
    ]);
  });
});

describe('contact sections', () => {
  it('marks what the last step changed or removed, changed first, long values last', () => {
    const before = { ...contact, Attributes: { keep: 'a', gone: 'b' } };
    const after = { ...contact, Attributes: { id: 'x'.repeat(30), keep: 'a', tier: 'gold' }, Queue: { Name: 'Sales', ARN: 'arn' } };
    const [attributes, , , queue] = contactSections(after, before);
    expect(attributes?.fields.map((field) => [field.name, field.changed])).toEqual([
      ['tier', true], ['gone', true], ['id', true], ['keep', false],
    ]);
    expect(attributes?.fields[1]?.value).toBeNull();
    expect(queue?.fields).toEqual([{ name: 'Queue', value: 'Sales', changed: true }]);
  });

  it('marks nothing at the start', () => {
    expect(contactSections(contact).flatMap((section) => section.fields).some((field) => field.changed)).toBe(false);
  });

  it('keeps each section on a row, and counts what did not fit', () => {
    const many = { ...contact, Customer: Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`Field${index}`, 'value'])) };
    const lines = contactLines(contactSections(many), 43, 5);
    expect(lines.map((line) => line.label)).toEqual(['Attributes', 'Customer', '', 'Input', 'Queue']);
    const shown = lines.filter((line) => line.label !== 'Attributes').flatMap((line) => line.pairs).length;
    expect(lines[2]?.more).toBe(12 - shown);
  });
});
