// Contact, mocks, profiles and scenario files: JSON parsed as JSON (by extension or first character),
// YAML in time linear in its size, and a duplicated key reported at the duplicate (YAML001).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataText, parseYamlText } from '../../src/flow/document.js';
import { parseContactText, readContactFile } from '../../src/load/contact-file.js';
import { parseScenarioText } from '../../src/scenario/load.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A contact with `count` attributes, as bench/inputs.js writes it. */
function contactText(count: number, format: 'yaml' | 'json'): string {
  const attributes = Object.fromEntries(Array.from({ length: count }, (_, i) => [`attribute${i}`, `value ${i}`]));
  if (format === 'json') return JSON.stringify({ Channel: 'VOICE', Attributes: attributes });
  return `Channel: VOICE\nAttributes:\n${Object.entries(attributes).map(([key, value]) => `  ${key}: "${value}"`).join('\n')}\n`;
}

describe('data files', () => {
  it('are JSON when .json, or when the text starts with { or [; YAML otherwise', () => {
    // A JSON syntax error still gets a line and column.
    expect(parseDataText('c.json', '{"Channel": "CHAT",\n "Attributes": {,}}').errors[0]?.position).toEqual({ line: 2, column: 17 });
    expect(parseDataText('c.yaml', '  {"Channel": "CHAT"}').value).toEqual({ Channel: 'CHAT' });
    // YAML flow style that is not JSON still reads as YAML.
    expect(parseDataText('c.yaml', '{Channel: CHAT}').value).toEqual({ Channel: 'CHAT' });
    expect(parseDataText('c.yaml', 'Channel: CHAT').value).toEqual({ Channel: 'CHAT' });
  });

  it('report a schema problem in a JSON contact at its line and column', () => {
    const read = parseContactText('c.json', '{\n  "Channel": "FAX"\n}');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.diagnostics[0]).toMatchObject({ code: 'RUN001', line: 2, column: 14 });
  });

  it('report a duplicated key at the duplicate, in JSON and in YAML, at any depth', () => {
    const json = parseContactText('c.json', '{"Attributes": {"a": "1",\n "a": "2"}}');
    expect(!json.ok && json.diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['YAML001', 2, 2, 'syntax error: key "a" appears twice in this mapping'],
    ]);
    const yaml = parseYamlText('Attributes:\n  a: 1\n  b: 2\n  a: 3\nCustomer:\n  x: 1\n  x: 2\n');
    expect(yaml.errors).toEqual([
      { message: 'key "a" appears twice in this mapping', position: { line: 4, column: 3 } },
      { message: 'key "x" appears twice in this mapping', position: { line: 7, column: 3 } },
    ]);
    // Keys are compared as yaml compares them: by value, and 1 is not "1".
    expect(parseYamlText('1: a\n"1": b\n').errors).toEqual([]);
  });

  it('a scenario file may be JSON', () => {
    const source = parseScenarioText('s.test.json', JSON.stringify({ flow: 'f.yaml', cases: [{ name: 'one' }, { name: 'one' }] }));
    expect(source.diagnostics.map((d) => d.code)).toEqual(['TEST002']);
  });

  it('a contact with 100,000 attributes loads, as YAML and as JSON (bench/inputs.js measures how fast)', async () => {
    const dir = tempDir('cfsim-data-');
    for (const format of ['yaml', 'json'] as const) {
      writeFileSync(join(dir, `big.${format}`), contactText(100_000, format));
      const read = await readContactFile(`big.${format}`, dir);
      expect(read.ok && Object.keys(read.value.contact.Attributes).length).toBe(100_000);
      expect(read.ok && read.value.contact.Attributes.attribute99999).toBe('value 99999');
    }
  }, 60_000);
});
