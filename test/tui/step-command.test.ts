// `cfsim step` outside a terminal, and what the other commands load: the CLI as a process and in process.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, runProcess } from '../helpers/cli.js';

const FLOW = 'test/tui/fixtures/step-demo.yaml';
const ARGS = [FLOW, '--contact', 'test/tui/fixtures/known-caller.yaml', '--profiles', 'test/tui/fixtures/profiles.yaml'];
const MESSAGE = `cfsim step needs an interactive terminal; use cfsim run ${ARGS.join(' ')}\n`;

describe('cfsim step without a terminal', () => {
  it('says it needs one, suggests cfsim run with the same arguments, and exits 2', async () => {
    const result = await runCli(['step', ...ARGS, '--save-test', 'out.test.yaml']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: MESSAGE });
  });

  it('does the same as a process with its input and output piped (CI)', () => {
    const result = runProcess(['step', ...ARGS]);
    expect(result).toEqual({ code: 2, stdout: '', stderr: MESSAGE });
  });

  it('quotes an argument the shell would split', async () => {
    const result = await runCli(['step', 'my flows/a.yaml', '--max-steps', '50']);
    expect(result.stderr).toBe("cfsim step needs an interactive terminal; use cfsim run 'my flows/a.yaml' --max-steps 50\n");
  });
});

describe('the bundles', () => {
  // Built by `npm test` (npm run build); validate, run and test must not pay for the TUI.
  const text = (file: string): string => readFileSync(file, 'utf8');

  it('load Ink and React, in the ES module build, only in the chunk that the step command imports when it runs', () => {
    const dir = join(ROOT, 'dist', 'bundle', 'esm');
    const chunks = readdirSync(dir).filter((file) => file.endsWith('.js'));
    const withTui = chunks.filter((file) => /from\s*["'](?:ink|react)(?:\/[\w-]+)?["']/.test(text(join(dir, file))));
    expect(withTui).toHaveLength(1);
    const [launch] = withTui as [string];
    for (const file of chunks) {
      expect(text(join(dir, file)), `${file} imports ${launch} statically`).not.toMatch(new RegExp(`from\\s*["']\\./${launch}["']`));
    }
    expect(chunks.some((file) => text(join(dir, file)).includes(`import("./${launch}")`))).toBe(true);
  });

  it('of single commands hold neither Ink nor React', () => {
    for (const command of ['validate', 'run', 'test', 'profiles']) {
      const bundle = text(join(ROOT, 'dist', 'bundle', `${command}.cjs`));
      expect(bundle, command).not.toMatch(/require\("(?:ink|react)(?:\/[\w-]+)?"\)/);
      expect(bundle, command).not.toContain('node_modules/ink/');
    }
  });
});
