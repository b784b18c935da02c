// Each fixture pins the diagnostics it must produce: `# expect: CODE line:col severity [text in the message]`
// in YAML files, or the same lines in a `<name>.expect` file beside a JSON fixture. `valid-` fixtures
// have no diagnostic, `warn-` ones only warnings, `invalid-` ones at least one error. Fixtures are read as
// bytes, as cfsim reads files, so that some can be UTF-16 or binary.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlowBytes } from '../../src/flow/load.js';
import { DIAGNOSTIC_CODES } from '../../src/validate/codes.js';
import { validateFlowSource } from '../../src/validate/index.js';

const dir = join(import.meta.dirname, 'fixtures');
const fixtures = readdirSync(dir).filter((name) => /\.(ya?ml|json)$/.test(name));

interface Expected {
  code: string;
  line: number;
  column: number;
  severity: string;
  text?: string;
}

function expectationsOf(name: string, text: string): Expected[] {
  const sidecar = join(dir, name.replace(/\.json$/, '.expect'));
  const lines = name.endsWith('.json') ? (existsSync(sidecar) ? readFileSync(sidecar, 'utf8').split('\n') : []) : text.split('\n');
  return lines.flatMap((line) => {
    const match = /^(?:# expect: )?([A-Z]+\d{3}) (\d+):(\d+) (error|warning)(?: (.+))?$/.exec(line.trim());
    if (!match || (!name.endsWith('.json') && !line.startsWith('# expect:'))) return [];
    return [{ code: match[1]!, line: Number(match[2]), column: Number(match[3]), severity: match[4]!, ...(match[5] ? { text: match[5] } : {}) }];
  });
}

describe('validation fixtures', () => {
  it('has fixtures of both kinds', () => {
    expect(fixtures.some((name) => name.startsWith('valid-'))).toBe(true);
    expect(fixtures.filter((name) => name.startsWith('invalid-')).length).toBeGreaterThan(10);
    expect(fixtures.every((name) => /^(valid|warn|invalid)-/.test(name))).toBe(true);
  });

  for (const name of fixtures) {
    it(name, async () => {
      const bytes = readFileSync(join(dir, name));
      const diagnostics = await validateFlowSource(parseFlowBytes(name, bytes));
      const expected = expectationsOf(name, bytes.toString('utf8'));
      if (name.startsWith('valid-')) expect(expected).toEqual([]);
      else if (name.startsWith('warn-')) expect(expected.length > 0 && expected.every((expectation) => expectation.severity === 'warning')).toBe(true);
      else expect(expected.some((expectation) => expectation.severity === 'error')).toBe(true);
      const actual = diagnostics.map(({ code, line, column, severity }) => ({ code, line, column, severity }));
      expect(actual).toEqual(expected.map(({ code, line, column, severity }) => ({ code, line, column, severity })));
      // A code has one severity, the one in the table (src/validate/codes.ts).
      for (const diagnostic of diagnostics) expect(diagnostic.severity, diagnostic.code).toBe(DIAGNOSTIC_CODES[diagnostic.code]?.severity);
      for (const [index, expectation] of expected.entries()) {
        if (expectation.text) expect(diagnostics[index]?.message).toContain(expectation.text);
        expect(diagnostics[index]?.file).toBe(name);
      }
    });
  }
});
