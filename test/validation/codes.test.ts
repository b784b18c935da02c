import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/validate/codes.js';

describe('diagnostic codes', () => {
  const docs = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'diagnostics.md'), 'utf8');

  it.each(Object.entries(DIAGNOSTIC_CODES))('%s is documented with its severity', (code, { severity }) => {
    expect(docs).toMatch(new RegExp(`\\| <a id="${code.toLowerCase()}"></a>${code} \\| ${severity} \\|`));
  });
});
