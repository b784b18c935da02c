// Every real flow of the reference corpus (test/fixtures/reference-flows/, see its MANIFEST.tsv) runs
// with a one-line sample contact to a result: `cfsim run --json` exits 0 or 1 and prints its document,
// never 2 and never an internal error. The hand-written health-unified-clinical-workflow flow (invented
// types, MANIFEST) is left out; the saved draft, whose StartAction is empty, is refused as invalid (exit 1).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../helpers/cli.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'reference-flows');
const HAND_WRITTEN = /health-unified-clinical-workflow/;
const DRAFT_WITH_EMPTY_START = /sophyphile__.*agent_hold/;
const names = readdirSync(FIXTURES).filter((name) => name.endsWith('.json') && !HAND_WRITTEN.test(name)).sort();

interface RunDocument {
  readonly outcome: string;
  readonly error?: { readonly code: string; readonly diagnostics?: readonly { readonly code: string }[] };
}

describe('real flows run to a result with a one-line sample contact', () => {
  let contactFile = '';
  beforeAll(() => {
    contactFile = join(mkdtempSync(join(tmpdir(), 'cfsim-sample-')), 'contact.yaml');
    writeFileSync(contactFile, 'CustomerEndpoint: {Address: "+14255550100"}\n');
  });
  afterAll(() => rmSync(join(contactFile, '..'), { recursive: true, force: true }));

  it('the corpus holds the real flows', () => expect(names.length).toBeGreaterThanOrEqual(50));

  it.each(names)('%s', async (name) => {
    const result = await runCli(['run', join(FIXTURES, name), '--json', '--contact', contactFile]);
    const document = JSON.parse(result.stdout) as RunDocument;
    if (DRAFT_WITH_EMPTY_START.test(name)) {
      expect(result.code).toBe(1);
      expect(document.error?.diagnostics?.map((diagnostic) => diagnostic.code)).toEqual(['GRAPH001']);
      return;
    }
    expect([0, 1], `${name}: ${result.stderr}`).toContain(result.code);
    expect(['Disconnected', 'Transferred', 'Ended', 'Error']).toContain(document.outcome);
    expect(document.error?.code).not.toBe('InputError');
    expect(document.error?.code).not.toBe('InternalError');
  });
});
