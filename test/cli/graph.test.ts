import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runProcess } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('cfsim graph', () => {
  it('prints the flow as a Mermaid flowchart by default', async () => {
    const result = await runCli(['graph', 'flows/greet-caller.yaml']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^flowchart TD\n/);
    expect(result.stdout).toContain('n2["Compare<br/>$.Customer.Attributes.tier"]');
    expect(result.stdout).toContain('n2 -->|"Equals gold"| n3');
  });

  it('writes SVG to --output, from the built CLI', () => {
    const dir = tempDir('cfsim-graph-');
    const result = runProcess(['graph', 'flows/greet-caller.yaml', '--format', 'svg', '--output', join(dir, 'greet.svg')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const svg = readFileSync(join(dir, 'greet.svg'), 'utf8');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
    expect(svg).toContain('data-block="get-profile"');
  });

  it('links a TransferToFlow to the picture of the flow beside it', async () => {
    const dir = tempDir('cfsim-graph-');
    writeFileSync(join(dir, 'main.yaml'), 'Version: "2019-10-30"\nStartAction: go\nActions:\n  - { Identifier: go, Type: TransferToFlow, Parameters: { ContactFlowId: "arn:aws:connect:r:1:instance/i/contact-flow/billing" }, Transitions: { NextAction: "" } }\n');
    writeFileSync(join(dir, 'billing.yaml'), 'Version: "2019-10-30"\nStartAction: bye\nActions:\n  - { Identifier: bye, Type: DisconnectParticipant, Parameters: {} }\n');
    const svg = await runCli(['graph', 'main.yaml', '-f', 'svg'], { cwd: dir });
    expect(svg.code).toBe(0);
    expect(svg.stdout).toContain('<a href="billing.svg"');
    const mermaid = await runCli(['graph', 'main.yaml'], { cwd: dir });
    expect(mermaid.stdout).toContain('n0[["TransferToFlow<br/>contact-flow/billing"]]');
    expect(mermaid.stdout).not.toMatch(/^\s*click/m);
    expect(mermaid.stdout).toContain('class n1 unconnected');
  });

  it('--focus an unknown block: exit 2, with the closest Identifier', async () => {
    const result = await runCli(['graph', 'flows/greet-caller.yaml', '--focus', 'chek-tier']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--focus "chek-tier": no block of flows/greet-caller.yaml has this Identifier; did you mean "check-tier"?');
    expect(result.stderr).toContain('use --focus "check-tier"');
  });

  it('--focus with --depth draws the neighbourhood only', async () => {
    const result = await runCli(['graph', 'flows/greet-caller.yaml', '--focus', 'check-tier', '--depth', '1', '-f', 'dot']);
    expect(result.code).toBe(0);
    const nodes = result.stdout.split('\n').filter((line) => /^ {2}n\d+ \[/.test(line));
    // check-tier, the block before it (greet) and the two after it (priority, goodbye); the next ring named as outside
    expect(nodes.filter((line) => !/class="[^"]*outside/.test(line)).map((line) => /label="(\w+)\\n([^"]*)"/.exec(line)?.[2])).toEqual([
      'Hello $.Customer.FirstName, thanks for calling.',
      '$.Customer.Attributes.tier',
      'As a gold member, you go straight to our priority team.',
      'Goodbye.',
    ]);
    expect(nodes.filter((line) => /class="[^"]*outside/.test(line))).toHaveLength(4);
    expect((await runCli(['graph', 'flows/greet-caller.yaml', '--depth', 'x'])).code).toBe(2);
  });

  it('refuses a file that is not a flow, saying what it is (exit 1)', async () => {
    const result = await runCli(['graph', 'flows/profiles.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('FILE003');
  });
});
