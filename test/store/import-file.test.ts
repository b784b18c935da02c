// Files for `cfsim profiles import`: CSV (RFC 4180), JSON Lines, JSON and YAML, with line numbers.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/store/csv.js';
import { readImportFile } from '../../src/load/import-file.js';
import { ImportFileError } from '../../src/store/import-file.js';

const dir = mkdtempSync(join(tmpdir(), 'cfsim-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function source(name: string, content: string | Uint8Array) {
  writeFileSync(join(dir, name), content);
  const read = readImportFile(name, dir);
  const records = [...read.records];
  return { records, lines: records.map((_, at) => read.lineOf(at)), problems: read.problems, region: read.region };
}

/** The ImportFileError reading the file throws (its message and line). */
function refusal(name: string, content: string | Uint8Array): { message: string; line: number | undefined } {
  try {
    source(name, content);
  } catch (error) {
    if (error instanceof ImportFileError) return { message: error.message, line: error.line };
    throw error;
  }
  throw new Error(`${name} was read without an error`);
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
    expect(() => source('h.yaml', 'name: Ana\n')).toThrow(/expected a list of profiles/);
    expect(() => source('i.txt', '')).toThrow(/cannot tell the format from the extension/);
  });

  it('JSON: one profile as `profiles get --json` prints it, and the Items of `profiles search --json` without FoundByItems', () => {
    const id = '0d4c5e9f6a7b48c1a2b3c4d5e6f70001';
    const got = source('j.json', JSON.stringify({ ProfileId: id, FirstName: 'Ana', Keys: { loyalty: ['L1'] } }, null, 2));
    expect(got.records).toEqual([{ ProfileId: id, FirstName: 'Ana', Keys: { loyalty: ['L1'] } }]);
    expect(got.lines).toEqual([1]);
    const found = [{ KeyName: '_phone', Values: ['+14255550100'] }];
    const searched = source('k.json', JSON.stringify({ Items: [{ ProfileId: id, FirstName: 'Ana', FoundByItems: found }, { FirstName: 'Bo' }] }, null, 2));
    expect(searched.records).toEqual([{ ProfileId: id, FirstName: 'Ana' }, { FirstName: 'Bo' }]);
    expect(searched.lines).toEqual([3, 15]);
    expect(source('l.jsonl', `${JSON.stringify({ FirstName: 'Ana', FoundByItems: found })}\n`).records).toEqual([{ FirstName: 'Ana' }]);
  });

  it('YAML/JSON: the file\'s region is given to the import; enabled and faults (for runs) are accepted and unused', () => {
    const read = source('m.yaml', 'region: gb\nenabled: false\nfaults:\n  "*": Throttled\nprofiles:\n  - FirstName: Ana\n');
    expect(read.records).toEqual([{ FirstName: 'Ana' }]);
    expect(read.region).toBe('GB');
    expect(source('n.json', '[{"FirstName": "Ana"}]').region).toBeUndefined();
    expect(refusal('o.yaml', 'profiles: []\nregion: XX\n')).toEqual({
      message: 'region "XX" is not a country libphonenumber knows: give a two-letter region such as US, GB or DE',
      line: 2,
    });
  });

  it('refuses a file that is not UTF-8, at the line of the first bad byte; UTF-16 by its byte order mark', () => {
    const latin1 = Buffer.from('FirstName,LastName\nJos\xe9,Mu\xf1oz\n', 'latin1');
    expect(refusal('p.csv', latin1)).toEqual({ message: 'this file is not UTF-8: save it as UTF-8 (CSV UTF-8 in Excel)', line: 2 });
    expect(refusal('q.yaml', Buffer.from('profiles:\n  - FirstName: Ana\n  - FirstName: Jos\xe9\n', 'latin1')).line).toBe(3);
    const utf16 = Buffer.from('\ufeffFirstName\nAna\n', 'utf16le');
    const utf16be = Buffer.from(utf16).swap16();
    const message = 'this file is UTF-16: save it as UTF-8 (CSV UTF-8 in Excel)';
    expect(refusal('r.csv', utf16)).toEqual({ message, line: undefined });
    expect(refusal('s.csv', utf16be)).toEqual({ message, line: undefined });
    expect(source('t.json', '\ufeff[{"FirstName": "José"}]').records).toEqual([{ FirstName: 'José' }]);
  });

  it('an empty or blank file is refused in every format; a header row, [] or `profiles: []` is 0 profiles', () => {
    for (const name of ['u.csv', 'u.jsonl', 'u.json', 'u.yaml']) {
      expect(refusal(name, '')).toEqual({ message: 'the file is empty', line: undefined });
      expect(refusal(name, ' \n\t\r\n').message).toBe('the file is empty');
    }
    expect(source('v.csv', 'FirstName,LastName\n')).toMatchObject({ records: [], problems: [] });
    expect(source('v.json', '[]').records).toEqual([]);
    expect(source('v.yaml', 'profiles: []\n').records).toEqual([]);
  });

  it('JSON Lines: a file where no line is a JSON object is refused as a whole', () => {
    expect(refusal('w.jsonl', 'FirstName,LastName\nAna,Bo\n')).toEqual({ message: 'no line is a JSON object: is this JSON Lines?', line: undefined });
    expect(() => source('x.jsonl', JSON.stringify([{ FirstName: 'Ana' }], null, 2))).toThrow(/no line is a JSON object/);
  });

  it('JSON: a syntax error is reported at its line; a trailing comma is forgiven, as in flow files', () => {
    expect(source('y.json', '{"FirstName":"A",}').records).toEqual([{ FirstName: 'A' }]);
    expect(refusal('zb.json', '[\n  {"FirstName": "Ana"}\n')).toMatchObject({ line: 3 });
    expect(refusal('zc.json', '[\n  {"FirstName": "Ana"}\n] x')).toMatchObject({ line: 3 });
    expect(refusal('zc.json', '[\n  {"FirstName": "Ana"}\n] x').message).toMatch(/^syntax error: /);
  });
});
