// The package's main entry, as a user's own test runner would use it.
import { describe, expect, it } from 'vitest';
import { CfsimInputError, loadFlow, openProfileStore, runFlow, runFlowFiles } from '../../src/index.js';

describe('the library API', () => {
  it('loads a flow once and runs many contacts against one store', async () => {
    const flow = await loadFlow('flows/greet-caller.yaml');
    const profiles = await openProfileStore({ profiles: 'flows/profiles.yaml' });
    const known = runFlow(flow, { CustomerEndpoint: { Address: '+14255550100' } }, { profiles });
    const unknown = runFlow(flow, { CustomerEndpoint: { Address: '+14255550123' } }, { profiles });
    const again = runFlow(flow, { CustomerEndpoint: { Address: '+14255550123' } }, { profiles });
    expect(known.customer.FirstName).toBe('Jane');
    expect(known.outcome).toBe('Transferred');
    expect(unknown.steps.map((step) => step.branch).slice(0, 2)).toEqual(['NoneFoundError', 'Success']);
    // The first run created a profile in the shared store: the second finds it.
    expect(again.steps[0]?.branch).toBe('Success');
    profiles.store.close();
  });

  it('runs the whole pipeline from files, as `cfsim run --json`', async () => {
    const result = await runFlowFiles({ flow: 'flows/chat-by-email.yaml', contact: 'flows/contacts/chat-customer.yaml', profiles: 'flows/profiles.yaml' });
    expect(result.outcome).toBe('Transferred');
    expect(result.prompts).toEqual(['Hi Lee! I can see your account 2002.']);
  });

  it('reports bad input as CfsimInputError with diagnostics', async () => {
    const error = await runFlowFiles({ flow: 'flows/greet-caller.yaml', contact: 'flows/profiles.yaml' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CfsimInputError);
    expect((error as CfsimInputError).diagnostics[0]).toMatchObject({ code: 'RUN001', file: 'flows/profiles.yaml', line: 3 });
  });
});
