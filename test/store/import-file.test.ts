// Files for `cfsim profiles import`: CSV (RFC 4180), JSON Lines, JSON and YAML, with line numbers.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/store/csv.js';
import { readImportFile } from '../../src/store/import-file.js';

const dir = mkdtempSync(join(tmpdir(), 'cfsim-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function source(name: string, text: string) {
  writeFileSync(join(dir, name), text);
  const read = readImportFile(join(dir, name));
  const records = [...read.records];
  return { records, lines: records.map((_, at) => read.lineOf(at)), problems: read.problems };
}

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF, a BOM, and skips blank lines', () => {
    const rows = [...parseCsv('\ufeffa,b\r\n"x, y","say ""hi"""\r\n\r\n"two\nlines",z\n')];
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 4, cells: ['two\nlines', 'z'] },
    ]);
  });

  it('refuses an unclosed quote and text after a closing quote, with the line', () => {
    expect(() => [...parseCsv('a\n"open\n')]).toThrow(/quoted field is not closed/);
    expect(() => [...parseCsv('a\n"x"y\n')]).toThrow(/closing quote must be followed by a comma/);
  });
});

describe('readImportFile', () => {
  it('CSV: header of API names, flattened or dotted address names, Attributes.x and Keys.x; empty cells left out', () => {
    const { records, lines, problems } = source('a.csv', [
      'FirstName,PhoneNumber,ShippingCity,BillingAddress.State,Attributes.tier,Keys.loyalty,ProfileId',
      'Ana,+14255550100,Seattle,WA,gold,L1,',
      'Bo,,,,,',
      'Cy,,,,,,0d4c5e9f6a7b48c1a2b3c4d5e6f70001',
    ].join('\n'));
    expect(records).toEqual([
      { FirstName: 'Ana', PhoneNumber: '+14255550100', ShippingAddress: { City: 'Seattle' }, BillingAddress: { State: 'WA' }, Attributes: { tier: 'gold' }, Keys: { loyalty: ['L1'] } },
      { FirstName: 'Cy', ProfileId: '0d4c5e9f6a7b48c1a2b3c4d5e6f70001' },
    ]);
    expect(lines).toEqual([2, 4]);
    expect(problems).toEqual([{ line: 3, message: 'the row has 6 cells and the header 7' }]);
  });

  it('CSV: refuses an unknown or repeated column', () => {
    expect(() => source('b.csv', 'FirstName,Nick\nAna,Al\n')).toThrow(/unknown column "Nick"; columns are API field names/);
    expect(() => source('c.csv', 'FirstName,FirstName\n')).toThrow(/column "FirstName" appears twice/);
    expect(() => source('d.csv', '')).toThrow(/the CSV file is empty/);
  });

  it('JSON Lines: one profile per line; a line that is not JSON is a problem at its line', () => {
    const { records, lines, problems } = source('e.jsonl', '{"FirstName":"Ana"}\n\nnope\n{"FirstName":"Bo"}\n');
    expect(records).toEqual([{ FirstName: 'Ana' }, { FirstName: 'Bo' }]);
    expect(lines).toEqual([1, 4]);
    expect(problems).toEqual([{ line: 3, message: expect.stringMatching(/^not JSON/) }]);
  });

  it('JSON and YAML: a list, or `profiles:`; the line of each profile', () => {
    expect(source('f.json', '[\n {"FirstName": "Ana"},\n {"FirstName": "Bo"}\n]').lines).toEqual([2, 3]);
    expect(source('g.yaml', 'profiles:\n  - FirstName: Ana\n  - FirstName: Bo\n').lines).toEqual([2, 3]);
    expect(() => source('h.yaml', 'FirstName: Ana\n')).toThrow(/expected a list of profiles/);
    expect(() => source('i.txt', '')).toThrow(/cannot tell the format from the extension/);
  });
});
