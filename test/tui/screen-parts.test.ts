// The rules behind what the screen shows, as plain data: references, changes, rows.
import { describe, expect, it } from 'vitest';
import { contactFromFile } from '../../src/runtime/contact-input.js';
import { contactSections } from '../../src/tui/contact-fields.js';
import { contactLines } from '../../src/tui/contact-lines.js';
import { detailLines } from '../../src/tui/detail-lines.js';
import { keyHelp, keyHelpLines } from '../../src/tui/key-help.js';
import { layoutFor } from '../../src/tui/layout.js';
import { parameterLines } from '../../src/tui/parameter-lines.js';
import { wrapText } from '../../src/tui/text.js';

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
      { name: 'IdentifierName', value: '_phone', references: [] },
      { name: 'IdentifierValue', value: '$.CustomerEndpoint.Address', references: [{ path: '$.CustomerEndpoint.Address', value: '+14255550100' }] },
    ]);
  });

  it('keeps each SearchCriteria pair on one line and a parameter\'s parts together, references first', () => {
    const lines = parameterLines(
      {
        ProfileResponseData: ['FirstName', 'City'],
        ProfileRequestData: {
          SearchCriteria: [{ IdentifierName: '_account', IdentifierValue: '12345' }, { IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' }],
          LogicalOperator: 'AND',
        },
      },
      contact,
    );
    expect(lines).toEqual([
      { name: 'SearchCriteria _account', value: '12345', references: [] },
      { name: 'SearchCriteria _phone', value: '$.CustomerEndpoint.Address', references: [{ path: '$.CustomerEndpoint.Address', value: '+14255550100' }] },
      { name: 'LogicalOperator', value: 'AND', references: [] },
      { name: 'ProfileResponseData', value: 'FirstName, City', references: [] },
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

describe('layout', () => {
  it('gives an 80x24 terminal the screen it was made for', () => {
    expect(layoutFor(80, 24)).toEqual({ width: 80, listWidth: 36, sideWidth: 43, rows: { header: 1, main: 15, prompts: 4, status: 2, help: 1 } });
  });

  it('fills every terminal from 60x20 up, one row short of its height, and none smaller', () => {
    for (const columns of [60, 61, 79, 80, 120, 250]) {
      for (const rows of [20, 24, 25, 40, 100]) {
        const layout = layoutFor(columns, rows);
        expect(layout && layout.listWidth + 1 + layout.sideWidth).toBe(columns);
        expect(layout && Object.values(layout.rows).reduce((sum, part) => sum + part, 0)).toBe(rows - 1);
      }
    }
    expect(layoutFor(59, 24)).toBeUndefined();
    expect(layoutFor(80, 19)).toBeUndefined();
  });

  it('puts the keys on as many rows as the width needs, whole keys on each', () => {
    expect(layoutFor(60, 20)?.rows.help).toBe(2);
    const rows = keyHelpLines(keyHelp(undefined), 60).map((hints) => hints.map((hint) => hint.key));
    expect(rows).toEqual([['n/⏎', 'b', 'c', '↑↓ space', 'r'], ['s', 'q']]);
  });
});

describe('wrapped text', () => {
  it('breaks at spaces, a word longer than a row anywhere, and cuts what does not fit the rows', () => {
    expect(wrapText('could not save: ENOTDIR', 16, 3)).toEqual(['could not save:', 'ENOTDIR']);
    expect(wrapText('open /tmp/a-very-long-path', 10, 4)).toEqual(['open', '/tmp/a-ver', 'y-long-pat', 'h']);
    expect(wrapText('one two three four five', 9, 2)).toEqual(['one two', 'three fo…']);
    expect(wrapText('', 10, 2)).toEqual([]);
  });
});
