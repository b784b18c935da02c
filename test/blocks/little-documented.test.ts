// Types AWS documents little or nothing of (no flow-language page): each takes its success branch,
// says what it did not simulate, and mocks.results can still route an error or give a result.
import { describe, expect, it } from 'vitest';
import { handlerFor } from '../../src/blocks/registry.js';
import type { ContactData } from '../../src/runtime/contact.js';
import type { Outcome } from '../../src/runtime/outcome.js';
import { action, blockContext, contact, deps, type DepsOptions } from '../runtime/helpers.js';

function run(type: string, parameters: Record<string, unknown> = {}, on: ContactData = contact(), options: DepsOptions = {}): Outcome {
  const handler = handlerFor(type);
  if (!handler) throw new Error(`no handler for ${type}`);
  return handler(action({ Identifier: 'block', Type: type, Parameters: parameters }), on, blockContext(deps(options)));
}

const SUCCESS_BY_DEFAULT = [
  'CheckSecurityStatus',
  'CreateContact',
  'CreatePersistentContactAssociation',
  'EvaluateDataTableValues',
  'ListDataTableValues',
  'LoadContactContent',
  'RenderMessageTemplate',
  'StartOutboundEmailContact',
  'UpsertDataTableValues',
];

describe('action types with no flow-language page', () => {
  it.each(SUCCESS_BY_DEFAULT)('%s takes NextAction and says what it did not simulate; a mock routes an error or a result', (type) => {
    const outcome = run(type);
    expect(outcome.branch).toEqual({ kind: 'next' });
    expect(outcome.notes?.join(' ')).toMatch(/not|no /);
    expect(run(type, {}, contact(), { mocks: { results: { [type]: { error: 'TemplateRenderingError' } } } }).branch).toEqual({ kind: 'error', errorType: 'TemplateRenderingError' });
    expect(run(type, {}, contact(), { mocks: { results: { block: { result: 'Authenticated' } } } }).branch).toEqual({ kind: 'result', result: 'Authenticated' });
  });

  it('StartOutboundEmailContact names the address; RenderMessageTemplate the template', () => {
    expect(run('StartOutboundEmailContact', { DestinationEmailAddress: { EmailAddress: 'jane@example.com' } }).notes).toEqual(['email to jane@example.com (not sent)']);
    expect(run('RenderMessageTemplate', { WisdomMessageTemplateArn: 'arn:aws:wisdom:eu-west-2:111122223333:message-template/kb/t1:$ACTIVE_VERSION' }).notes?.[0]).toContain('t1');
  });

  it('SetSecurityBehavior records its parameters; UpdateContactRoutingCriteria is Set routing criteria under its CloudFormation name', () => {
    expect(run('SetSecurityBehavior', { VoiceAuthentication: 'Enabled' }).settings).toEqual({ SecurityBehavior: { VoiceAuthentication: 'Enabled' } });
    const criteria = { Steps: [{ Expression: { AttributeCondition: { ComparisonOperator: 'Match' } } }] };
    expect(run('UpdateContactRoutingCriteria', { RoutingCriteria: criteria }).settings).toEqual({ RoutingCriteria: criteria });
    expect(handlerFor('UpdateContactRoutingCriteria')).toBe(handlerFor('UpdateRoutingCriteria'));
  });

  it('CheckSegmentMembershipForCustomerProfile: "False" with no segments, a mocked result, Error when profiles are off', () => {
    expect(run('CheckSegmentMembershipForCustomerProfile').branch).toEqual({ kind: 'result', result: 'False' });
    expect(run('CheckSegmentMembershipForCustomerProfile', {}, contact(), { mocks: { results: { block: { result: 'True' } } } }).branch).toEqual({ kind: 'result', result: 'True' });
    expect(run('CheckSegmentMembershipForCustomerProfile', {}, contact(), { profiles: { enabled: false } }).branch).toEqual({ kind: 'error', errorType: 'NoMatchingError' });
  });

  it('AuthenticateParticipant: chat signs in (not simulated), voice takes the error branch', () => {
    expect(run('AuthenticateParticipant', {}, contact({ Channel: 'CHAT' })).branch).toEqual({ kind: 'next' });
    expect(run('AuthenticateParticipant', {}, contact({ Channel: 'VOICE' })).branch).toEqual({ kind: 'error', errorType: 'NoMatchingError' });
  });

  it('UpdateContactEventHooks records EventHooksConfiguration, alone or with EventHooks', () => {
    expect(run('UpdateContactEventHooks', { EventHooksConfiguration: { CustomerWhisper: { DisableExecution: 'true' } } }).settings)
      .toEqual({ 'EventHooksConfiguration.CustomerWhisper': { DisableExecution: 'true' } });
  });
});
