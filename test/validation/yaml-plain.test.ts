// The fast read of plain YAML (src/flow/yaml-plain.ts) must give what yaml's composer gives, or step
// aside: on every YAML file of the project, on malformed texts, and on thousands of random edits of them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument, Parser } from 'yaml';
import { parseYamlText } from '../../src/flow/document.js';
import { NOT_PLAIN, plainYamlValue } from '../../src/flow/yaml-plain.js';
import { ROOT } from '../helpers/cli.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

function fast(text: string): unknown {
  const lines = new LineCounter();
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  return plainYamlValue(tokens, text, lines);
}

/** What yaml's composer reads, or 'error' when it reports one (or sees more than one document). */
function composed(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length || /^---/m.test(text.replace(/^---[^\n]*\n/, ''))) return 'error';
  return doc.toJS();
}

/** The fast read answers only where the composer has no error, and then with the same value. */
function expectAgreement(text: string): boolean {
  const value = fast(text);
  if (value === NOT_PLAIN) return false;
  expect({ text, value }).toEqual({ text, value: composed(text) });
  return true;
}

const FILES = yamlFiles(ROOT);

describe('plain YAML read from the CST', () => {
  it('reads every YAML file of the project as the composer does, and most without it', () => {
    expect(FILES.length).toBeGreaterThan(50);
    const read = FILES.filter((file) => expectAgreement(readFileSync(file, 'utf8')));
    expect(read.length).toBeGreaterThan(FILES.length / 2);
    expect(read).toContain(join(ROOT, 'flows', 'greet-caller.yaml'));
  });

  it.each([
    ['core schema scalars', 'a: ~\nb: null\nc: True\nd: 0o17\ne: -12\nf: 0x1F\ng: .inf\nh: -.Inf\ni: .nan\nj: 1.50\nk: 1e3\nl: +.5\nm: 0b1\nn: "12"\no: \'x\'\'y\'\np:\nq: 1_000\n'],
    ['keys as JavaScript holds them', '1: a\n~: b\ntrue: c\n0x10: d\n1.50: e\n"x y": f\n'],
    ['block scalars', 'a: |\n  one\n  two\nb: >-\n  one\n  two\n\nc: x\n'],
    ['compact mappings in lists, flow collections, comments', '# c\nActions:\n  - Identifier: a # c\n    Parameters: {Text: "hi, there", List: [1, two, "3"]}\n  - {Identifier: b}\n  -\n'],
    ['a document start', '---\na: 1\n'],
    ['Windows line ends', 'a: 1\r\nb: [x, "y"]\r\nc:\r\n  - d # e\r\n'],
    ['a # in quotes and in a plain scalar', 'a: "#"\nb: c#d\nc: [e, "#"] # f\n'],
  ])('reads %s as the composer does', (_, text) => {
    expect(expectAgreement(text)).toBe(true);
  });

  it.each([
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['keys at two columns', 'a:\n  b: 1\n   c: 2\n'],
    ['a nested mapping on one line', 'a: b: c\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['a tab', 'a:\t1\n'],
    ['a comment after a quote', 'a: "x"#c\n'],
    ['a comment after a flow collection', 'a: [x]#c\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['an unclosed flow mapping', 'a: {b: 1\n'],
    ['a flow mapping over two lines', 'a: {b: 1,\n  c: 2}\n'],
    ['a missing comma', 'a: {b: 1 c: 2}\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a bad escape', 'a: "\\q"\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['an empty text', ''],
    ['list items at two columns', '- a\n - b\n'],
  ])('leaves %s to the composer', (_, text) => {
    expect(fast(text)).toBe(NOT_PLAIN);
  });

  it('agrees with the composer on 400 random edits of the project files', () => {
    let seed = 42;
    const random = (below: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % below;
    };
    const pieces = [':', ' ', '-', '\n', '{', '}', '[', ']', ',', '"', "'", '#', '|', '>', '&a', '*a', '!', '?', '  ', 'x', '0x1', '~', '\t', '\r\n'];
    const texts = FILES.map((file) => readFileSync(file, 'utf8')).filter((text) => text.length < 5_000);
    let read = 0;
    for (let edit = 0; edit < 400; edit++) {
      let text = texts[random(texts.length)] ?? '';
      for (let change = 1 + random(3); change > 0; change--) {
        const at = random(text.length + 1);
        text = random(2) ? text.slice(0, at) + pieces[random(pieces.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + random(3));
      }
      if (expectAgreement(text)) read += 1;
    }
    expect(read).toBeGreaterThan(20); // the edits reach the fast read, not only the composer
  }, 120_000);

  it('still says where a diagnostic is, composing the document only then', () => {
    const parsed = parseYamlText('Version: "2019-10-30"\nActions:\n  - Identifier: a\n    Type: X\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.locator.locate(['Actions', 0, 'Type'])).toEqual({ line: 4, column: 11 });
    expect(parsed.locator.locate(['Actions', 0, 'Type'], { key: true })).toEqual({ line: 4, column: 5 });
  });
});
