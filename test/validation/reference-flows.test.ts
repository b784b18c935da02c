import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlowText } from '../../src/flow/load.js';
import { validateFlowSource } from '../../src/validate/index.js';

// Real exports from Amazon Connect (see test/fixtures/reference-flows/MANIFEST.tsv): Amazon Connect
// accepted them, so cfsim must report no error on any of them.
const dir = join(import.meta.dirname, '..', 'fixtures', 'reference-flows');
const flows = readdirSync(dir).filter((name) => name.endsWith('.json'));

describe('reference flows exported from Amazon Connect', () => {
  it('are all here', () => expect(flows.length).toBe(13));

  for (const name of flows) {
    it(`${name} loads and validates with no error`, async () => {
      const source = parseFlowText(name, readFileSync(join(dir, name), 'utf8'));
      expect(source.diagnostics).toEqual([]);
      const errors = (await validateFlowSource(source)).filter((diagnostic) => diagnostic.severity === 'error');
      expect(errors).toEqual([]);
    });
  }
});
