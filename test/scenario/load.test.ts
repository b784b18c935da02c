// Reading scenario files: syntax and schema problems at file:line:col, case defaults, positions.
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/load.js';

const file = 'tests/example.test.yaml';

describe('scenario files', () => {
  it('merges each case contact over the file contact: objects key by key, lists replaced', () => {
    const source = parseScenarioText(
      file,
      `flow: flow.yaml
contact:
  Channel: VOICE
  CustomerEndpoint: {Address: "+14255550100"}
  Attributes: {lang: en, tier: gold}
  Inputs: ["1"]
cases:
  - name: changes one attribute and the inputs
    contact: {Attributes: {tier: silver}, Inputs: ["2", null]}
  - name: skipped with a reason
    skip: not yet
  - name: skipped
    skip: true
`,
    );
    expect(source.diagnostics).toEqual([]);
    const [first, second, third] = source.scenario?.cases ?? [];
    expect(first?.contact).toEqual({ Channel: 'VOICE', CustomerEndpoint: { Address: '+14255550100' }, Attributes: { lang: 'en', tier: 'silver' }, Inputs: ['2', null] });
    expect(first?.position).toEqual({ line: 8, column: 5 });
    expect(first?.expect).toEqual({});
    expect(second?.skip).toBe('not yet');
    expect(third?.skip).toBe('');
  });

  it('reports YAML syntax errors as YAML001 with their position', () => {
    const source = parseScenarioText(file, 'flow: flow.yaml\ncases:\n  - name: [unclosed\n');
    expect(source.scenario).toBeUndefined();
    expect(source.diagnostics[0]).toMatchObject({ code: 'YAML001', file, line: 4 });
  });

  it('checks the contact and mocks of a case against their own schemas', () => {
    const source = parseScenarioText(
      file,
      `flow: flow.yaml
cases:
  - name: wrong channel
    contact: {Channel: PHONE}
    mocks: {lambda: {check: {Externals: {}}}}
`,
    );
    expect(source.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.line, diagnostic.column, diagnostic.message])).toEqual([
      ['TEST001', 4, 24, 'cases[0].contact.Channel: "PHONE" is not valid; expected one of: VOICE, CHAT, TASK'],
      ['TEST001', 5, 30, 'cases[0].mocks.lambda.check: unknown key "Externals"; did you mean "External"?'],
    ]);
  });

  it('requires a flow and at least one case, and unique case names', () => {
    expect(parseScenarioText(file, 'cases: []\n').diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      'the scenario file: missing required "flow"',
      'cases: has 0 item(s); at least 1 allowed',
    ]);
    const duplicate = parseScenarioText(file, 'flow: f.yaml\ncases:\n  - name: same\n  - name: same\n');
    expect(duplicate.diagnostics).toMatchObject([{ code: 'TEST002', line: 4, column: 11, message: 'cases[1].name: "same" is also the name of cases[0]' }]);
  });

  it('reports duplicate names with schema errors, and keeps the files named by valid keys to check them too', () => {
    const source = parseScenarioText(file, 'flow: f.yaml\nprofiles: p.yaml\nmocks: {lambda: 3}\ncases:\n  - name: same\n    expects: {}\n  - name: same\n');
    expect(source.scenario).toBeUndefined();
    expect(new Set(source.diagnostics.map((diagnostic) => `${diagnostic.code} at line ${diagnostic.line}`))).toEqual(
      new Set(['TEST001 at line 3', 'TEST001 at line 6', 'TEST002 at line 7']),
    );
    // The inline mocks are wrong: left out, as if absent; the flow and profiles are still read.
    expect(source.references).toEqual({ file, flow: 'f.yaml', profiles: 'p.yaml', flows: {} });
    expect(parseScenarioText(file, 'flow: 3\ncases: []\n').references).toBeUndefined();
  });
});
