// The mistakes new users make (issue 14, "Why"): each is one diagnostic with its did-you-mean or fix,
// at the same line and column in every output format; and the inputs a flow expects from the contact.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const fixtures = 'test/validation/fixtures';

/** Each mistake's fixture, and the one diagnostic it gives: code, line, column and the words that help. */
const MISTAKES = [
  { file: 'warn-reference-typos.yaml', code: 'REF002', line: 11, column: 26, text: 'did you mean "Customer"?' },
  { file: 'warn-search-key-typo.yaml', code: 'CP008', line: 10, column: 44, text: 'did you mean "_phone"?' },
  { file: 'warn-compare-without-no-match.yaml', code: 'FLOW012', line: 10, column: 5, text: 'NoMatchingCondition' },
  { file: 'warn-misspelled-parameter.yaml', code: 'FLOW004', line: 9, column: 7, text: 'did you mean "ComparisonValue"?' },
  { file: 'warn-identifer-in-search-criteria.yaml', code: 'CP004', line: 12, column: 13, text: 'did you mean "IdentifierValue"?' },
  { file: 'invalid-misspelled-error-type.yaml', code: 'FLOW005', line: 13, column: 12, text: 'did you mean "ErrorType"?' },
  { file: 'invalid-unquoted-boolean.yaml', code: 'FLOW005', line: 10, column: 19, text: 'quote it' },
  { file: 'invalid-tab-indentation.yaml', code: 'YAML001', line: 7, column: 1, text: 'use spaces' },
] as const;

describe('cfsim validate on the mistakes of issue 14', () => {
  for (const mistake of MISTAKES) {
    it(`${mistake.file}: the first diagnostic is ${mistake.code} at ${mistake.line}:${mistake.column} in text, JSON, GitHub and SARIF`, async () => {
      const path = `${fixtures}/${mistake.file}`;
      const text = await runCli(['validate', path]);
      expect(text.stdout).toContain(`${path}:${mistake.line}:${mistake.column}  `);
      expect(text.stdout).toContain(mistake.code);
      expect(text.stdout).toContain(mistake.text);

      const json = JSON.parse((await runCli(['validate', path, '--format', 'json'])).stdout);
      const [first] = json.files[0].diagnostics;
      expect({ code: first.code, line: first.line, column: first.column }).toEqual({ code: mistake.code, line: mistake.line, column: mistake.column });
      expect(`${first.message}\n${first.fix ?? ''}`).toContain(mistake.text);

      const github = (await runCli(['validate', path, '--format', 'github'])).stdout;
      expect(github).toContain(`file=${path},line=${mistake.line},col=${mistake.column},title=cfsim ${mistake.code}::`);

      const sarif = JSON.parse((await runCli(['validate', path, '--format', 'sarif'])).stdout);
      const result = sarif.runs[0].results[0];
      expect(result.ruleId).toBe(mistake.code);
      expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: mistake.line, startColumn: mistake.column });
    });
  }

  it('one cause, one diagnostic: each fixture of a single mistake has exactly one', async () => {
    for (const mistake of MISTAKES.filter((entry) => entry.file !== 'warn-reference-typos.yaml' && entry.file !== 'warn-search-key-typo.yaml')) {
      const json = JSON.parse((await runCli(['validate', `${fixtures}/${mistake.file}`, '--format', 'json'])).stdout);
      expect(json.files[0].diagnostics, mistake.file).toHaveLength(1);
    }
  });

  it('--verbose and --format json list the $.Attributes a flow reads and never sets', async () => {
    const path = `${fixtures}/warn-misspelled-parameter.yaml`;
    const verbose = await runCli(['validate', path, '--verbose']);
    expect(verbose.stdout).toContain(`${path}:9:25  info     inputs  the flow reads 1 attribute no block of it sets, from the contact: $.Attributes.tier`);
    expect((await runCli(['validate', path])).stdout).not.toContain('inputs');
    const json = JSON.parse((await runCli(['validate', path, '--format', 'json'])).stdout);
    expect(json.files[0].inputs).toEqual([{ name: 'tier', reference: '$.Attributes.tier', line: 9, column: 25, path: ['Actions', 0, 'Parameters', 'ComparisionValue'] }]);
  });
});
