// Each reporter's output for one fixed set of results: a pass, a failure with a divergence and a
// warning, a skip, in two scenario files.
import { describe, expect, it } from 'vitest';
import { PLAIN_STYLE } from '../../src/cli/format/style.js';
import { escapeAttribute, escapeText, formatTestJunit } from '../../src/cli/format/test-junit.js';
import { renderTestReport, type TestReport } from '../../src/cli/format/test-report.js';
import { totalsOf, type FileResult } from '../../src/scenario/types.js';
import { parseXml, type XmlElement } from './xml.js';

const files: FileResult[] = [
  {
    file: 'tests/greet.test.yaml',
    flow: 'flows/greet-caller.yaml',
    durationMs: 12.5,
    warnings: [],
    cases: [
      { name: 'known caller', position: { line: 5, column: 5 }, status: 'passed', durationMs: 2, failures: [], steps: [], warnings: [] },
      {
        name: 'throttled <lookup> & "quotes"',
        position: { line: 14, column: 5 },
        status: 'failed',
        durationMs: 3,
        failures: [
          { expectation: 'branches', message: 'branches.get-profile: expected NoMatchingError, got Success', expected: 'NoMatchingError', actual: 'Success' },
          { expectation: 'outcome', message: 'outcome: expected Disconnected, got Transferred', expected: 'Disconnected', actual: 'Transferred' },
        ],
        divergence: { step: 1, identifier: 'get-profile', branch: 'Success', next: 'greet', expected: 'branch NoMatchingError' },
        steps: [{ identifier: 'get-profile', branch: 'Success' }, { identifier: 'greet', branch: 'Success' }],
        warnings: [{ message: 'the run never reaches mocks.lambda["check"]', position: { line: 19, column: 9 } }],
      },
    ],
  },
  {
    file: 'tests/chat.test.yaml',
    flow: 'flows/chat-by-email.yaml',
    durationMs: 1,
    warnings: [],
    cases: [{ name: 'later', position: { line: 4, column: 5 }, status: 'skipped', durationMs: 0, failures: [], steps: [], skipReason: 'flow not ready', warnings: [] }],
  },
];
const report: TestReport = { files, totals: totalsOf(files), durationMs: 20 };

describe('text reporter', () => {
  const text = renderTestReport(report, 'text', PLAIN_STYLE);

  it('shows each case, the failures with expected and actual, and where the run left the path', () => {
    expect(text).toContain('tests/greet.test.yaml → flows/greet-caller.yaml\n  ✔ known caller\n  ✖ throttled <lookup> & "quotes" tests/greet.test.yaml:14:5\n');
    expect(text).toContain('      branches.get-profile: expected NoMatchingError, got Success\n      outcome: expected Disconnected, got Transferred\n');
    expect(text).toContain('      left the expected path at step 1: get-profile took Success → greet; expected branch NoMatchingError\n');
    expect(text).toContain('      run: get-profile Success → greet Success\n');
    expect(text).toContain('      ⚠ the run never reaches mocks.lambda["check"] tests/greet.test.yaml:19\n');
    expect(text).toContain('  ○ later (skipped: flow not ready)\n');
  });

  it('ends with the summary line, skipped only when some were', () => {
    expect(text.trimEnd().split('\n').pop()).toBe('1 passed, 1 failed, 1 skipped');
    const noneSkipped = renderTestReport({ ...report, files: [files[0] as FileResult], totals: totalsOf([files[0] as FileResult]) }, 'text', PLAIN_STYLE);
    expect(noneSkipped.trimEnd().split('\n').pop()).toBe('1 passed, 1 failed');
  });
});

describe('json reporter', () => {
  it('prints one document with every case, its failures as data, and the totals', () => {
    const document = JSON.parse(renderTestReport(report, 'json', PLAIN_STYLE));
    expect(document.passed).toBe(false);
    expect(document.summary).toEqual({ passed: 1, failed: 1, skipped: 1, total: 3, durationMs: 20 });
    expect(document.files[0].cases[1]).toMatchObject({
      name: 'throttled <lookup> & "quotes"', line: 14, column: 5, status: 'failed',
      failures: [{ expectation: 'branches', expected: 'NoMatchingError', actual: 'Success' }, { expectation: 'outcome' }],
      divergence: { step: 1, identifier: 'get-profile' },
    });
    expect(document.files[1].cases[0]).toMatchObject({ status: 'skipped', skipReason: 'flow not ready' });
  });
});

describe('junit reporter', () => {
  const xml = renderTestReport(report, 'junit', PLAIN_STYLE);
  const root = parseXml(xml);

  it('parses, with one testsuite per scenario file and the right counts', () => {
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toMatchObject({ tests: '3', failures: '1', skipped: '1', errors: '0', time: '0.020' });
    const suites = children(root, 'testsuite');
    expect(suites.map((suite) => [suite.attributes.name, suite.attributes.tests, suite.attributes.failures, suite.attributes.skipped])).toEqual([
      ['tests/greet.test.yaml', '2', '1', '0'],
      ['tests/chat.test.yaml', '1', '0', '1'],
    ]);
  });

  it('has one testcase per case, failures with a message and the details', () => {
    const [greet, chat] = children(root, 'testsuite') as [XmlElement, XmlElement];
    const cases = children(greet, 'testcase');
    expect(cases.map((testcase) => testcase.attributes.name)).toEqual(['known caller', 'throttled <lookup> & "quotes"']);
    expect(cases[1]?.attributes).toMatchObject({ classname: 'tests/greet.test.yaml', file: 'tests/greet.test.yaml', line: '14', time: '0.003' });
    const failure = children(cases[1] as XmlElement, 'failure')[0];
    expect(failure?.attributes).toEqual({ message: 'branches.get-profile: expected NoMatchingError, got Success (and 1 more)', type: 'branches' });
    expect(failure?.text).toContain('outcome: expected Disconnected, got Transferred\nleft the expected path at step 1');
    expect(children(cases[1] as XmlElement, 'system-out')[0]?.text).toBe('warning: the run never reaches mocks.lambda["check"]');
    expect(children(children(chat, 'testcase')[0] as XmlElement, 'skipped')[0]?.attributes).toEqual({ message: 'flow not ready' });
  });

  it('escapes what XML cannot hold as is', () => {
    expect(escapeText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(escapeAttribute(`say "hi" & 'bye'\nnext\tline`)).toBe('say &quot;hi&quot; &amp; &apos;bye&apos;&#10;next&#9;line');
    // Control characters and lone surrogates are not allowed in XML 1.0, even escaped.
    expect(escapeText('bell\u0007 esc\u001b[31m lone\uD800 ok\u{1F600}')).toBe('bell\uFFFD esc\uFFFD[31m lone\uFFFD ok\u{1F600}');
    const odd = formatTestJunit({ ...report, files: [{ ...(files[0] as FileResult), file: 'a&b<c>.test.yaml' }] });
    expect(children(parseXml(odd), 'testsuite')[0]?.attributes.name).toBe('a&b<c>.test.yaml');
  });
});

describe('github reporter', () => {
  it('annotates the failing case and its warnings at their lines, then prints the text report', () => {
    const out = renderTestReport(report, 'github', PLAIN_STYLE);
    const lines = out.split('\n');
    expect(lines[0]).toBe(
      '::error file=tests/greet.test.yaml,line=14,col=5,title=cfsim test%3A throttled <lookup> & "quotes"::branches.get-profile: expected NoMatchingError, got Success%0Aoutcome: expected Disconnected, got Transferred%0Aleft the expected path at step 1: get-profile took Success → greet; expected branch NoMatchingError',
    );
    expect(lines[1]).toBe('::warning file=tests/greet.test.yaml,line=19,col=9,title=cfsim test%3A throttled <lookup> & "quotes"::the run never reaches mocks.lambda["check"]');
    expect(out.trimEnd().split('\n').pop()).toBe('1 passed, 1 failed, 1 skipped');
  });
});

function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}
