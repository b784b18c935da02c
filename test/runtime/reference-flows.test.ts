// The reference flows (real console exports, test/fixtures/reference-flows) that have a sample contact
// in test/fixtures/reference-runs run to an end with it. (The 40 flows added for issue 11 have no
// sample contact yet: each one added here gets its expectation below.)
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareRun } from '../../src/load/prepare.js';
import { toRunResult } from '../../src/runtime/result.js';
import { runContact } from '../../src/runtime/run.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FLOWS = 'test/fixtures/reference-flows';
const RUNS = 'test/fixtures/reference-runs';

/** How each one ends with its sample contact. */
const EXPECTED: Readonly<Record<string, { outcome: string; steps: number; queue?: string }>> = {
  'aws-samples__amazon-connect-gitlab-cicd-terraform__imports__resources__flows__acme_main_AUTO': { outcome: 'Transferred', steps: 10 },
  'aws-samples__amazon-connect-rules-engine__connect__contactflows__RulesEngineBootstrap': { outcome: 'Transferred', steps: 5 },
  'aws-samples__amazon-connect-rules-engine__connect__contactflows__RulesEngineCustomerQueue': { outcome: 'Disconnected', steps: 25 },
  'aws-samples__amazon-connect-rules-engine__connect__contactflows__RulesEngineDTMFMenu': { outcome: 'Transferred', steps: 13 },
  'aws-samples__amazon-connect-rules-engine__connect__contactflows__RulesEngineError': { outcome: 'Disconnected', steps: 2 },
  'aws-samples__amazon-connect-step-by-step-guides-module-library__examples__AgentWorkspace__SBSGuides_Example_AgentWorkspace_Guide': { outcome: 'Disconnected', steps: 14 },
  'aws-samples__amazon-connect-step-by-step-guides-module-library__examples__AgentWorkspace__SBSGuides_Example_AgentWorkspace_Handler': { outcome: 'Transferred', steps: 10, queue: 'Claims' },
  'aws-samples__amazon-connect-step-by-step-guides-module-library__examples__BackendIntegration__SBSGuides_Example_Backend_Guide': { outcome: 'Disconnected', steps: 13 },
  'aws-samples__amazon-connect-step-by-step-guides-module-library__examples__Cards__SBSGuides_Example_Cards_Guide': { outcome: 'Disconnected', steps: 10 },
  'aws-samples__amazon-connect-step-by-step-guides-module-library__examples__Financial__contactFlow': { outcome: 'Disconnected', steps: 21 },
  'aws-samples__amazon-connect-step-by-step-guides-module-library__modules__Cases__SBSGuides_Modules_Cases': { outcome: 'Disconnected', steps: 9 },
  'aws-samples__amazon-connect-step-by-step-guides-module-library__modules__LexIntegration__SBS_Lex_Integration_Handler': { outcome: 'Transferred', steps: 6, queue: 'df3ab76f-f462-46a2-95a3-b5eebe97f501' },
  'aws-samples__sample-aicc-builder-for-amazon-connect-ai-agent__knowledge-base-docs__contact-flow__patterns__q-in-connect-self-service.md.block0': { outcome: 'Transferred', steps: 17, queue: 'Agents' },
};

const flows = readdirSync(join(ROOT, RUNS)).filter((file) => file.endsWith('.contact.yaml')).map((file) => file.replace(/\.contact\.yaml$/, '')).sort();

describe('reference flows run to an end', () => {
  it('has a reference flow and an expectation for every sample contact', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(flows);
    for (const name of flows) expect(existsSync(join(ROOT, FLOWS, `${name}.json`)), name).toBe(true);
  });

  it.each(flows)('%s', async (name) => {
    const prepared = await prepareRun({ flow: `${FLOWS}/${name}.json`, contact: `${RUNS}/${name}.contact.yaml`, profiles: `${RUNS}/profiles.yaml`, cwd: ROOT });
    if (!prepared.ok) throw new Error(prepared.diagnostics.map((diagnostic) => `${diagnostic.file}:${diagnostic.line} ${diagnostic.message}`).join('\n'));
    try {
      const result = toRunResult(runContact(prepared.run.flow, prepared.run.setup.contact, prepared.run.deps));
      const expected = EXPECTED[name];
      expect(result.error).toBeUndefined();
      expect({ outcome: result.outcome, steps: result.steps.length, ...(result.queue ? { queue: result.queue } : {}) }).toEqual(expected);
    } finally {
      prepared.run.close();
    }
  });
});
