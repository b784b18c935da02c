import { describe, expect, it } from 'vitest';
import { handlerFor } from '../../src/blocks/registry.js';
import type { FlowAction } from '../../src/flow/types.js';
import type { Outcome } from '../../src/runtime/outcome.js';
import type { ContactData } from '../../src/runtime/contact.js';
import { action, blockContext, contact, deps, type DepsOptions } from '../runtime/helpers.js';

function run(type: string, parameters: Record<string, unknown> = {}, on: ContactData = contact(), options: DepsOptions = {}): Outcome {
  const handler = handlerFor(type);
  if (!handler) throw new Error(`no handler for ${type}`);
  const block: FlowAction = action({ Identifier: 'block', Type: type, Parameters: parameters });
  return handler(block, on, blockContext(deps(options)));
}

describe('cases, tasks and other outside calls', () => {
  it('CreateCase puts the request fields and a case id in $.Case; a mock can refuse to link', () => {
    const outcome = run('CreateCase', { CaseTemplateId: 't1', CaseRequestFields: { title: 'Call from $.CustomerEndpoint.Address' } }, contact({ CustomerEndpoint: { Address: '+1' } }));
    expect(outcome.contact?.Case).toEqual({ case_id: 'case-1', title: 'Call from +1' });
    expect(outcome.reason).toContain('no mocks.cases');
    expect(run('CreateCase', { CaseTemplateId: 't1' }, contact(), { mocks: { cases: { t1: { error: 'ContactNotLinked' } } } }).branch).toEqual({ kind: 'error', errorType: 'ContactNotLinked' });
  });

  it('GetCase finds nothing with no mock, and reads the mocked fields into $.Case', () => {
    expect(run('GetCase').branch).toEqual({ kind: 'error', errorType: 'NoneFound' });
    expect(run('GetCase', {}, contact(), { mocks: { cases: { '*': { fields: { case_id: 'C-1', status: 'open' } } } } }).contact?.Case).toEqual({ case_id: 'C-1', status: 'open' });
  });

  it('UpdateCase merges the request fields into $.Case', () => {
    const outcome = run('UpdateCase', { CaseId: 'C-1', CaseRequestFields: { status: 'closed' } }, contact({}));
    expect(outcome.contact?.Case).toEqual({ case_id: 'C-1', status: 'closed' });
  });

  it('CreateTask records the task; mocks.results by type can fail it', () => {
    expect(run('CreateTask', { Name: 'Follow up', ContactFlowId: 'flow-1', Attributes: { a: '1' } }).notes).toEqual(['task "Follow up" → flow-1', 'task attributes a="1"']);
    expect(run('CreateTask', {}, contact(), { mocks: { results: { CreateTask: { error: 'NoMatchingError' } } } }).branch).toEqual({ kind: 'error', errorType: 'NoMatchingError' });
  });

  it('Voice ID: a mocked result, NotEnrolled by default, Error outside voice', () => {
    expect(run('CheckVoiceId', { CheckVoiceIdOption: 'voiceAuthentication' }).branch).toEqual({ kind: 'result', result: 'NotEnrolled' });
    expect(run('CheckVoiceId', { CheckVoiceIdOption: 'fraudDetection' }).branch).toEqual({ kind: 'result', result: 'Inconclusive' });
    expect(run('CheckVoiceId', {}, contact(), { mocks: { results: { block: { result: 'Authenticated' } } } }).branch).toEqual({ kind: 'result', result: 'Authenticated' });
    expect(run('CheckVoiceId', {}, contact({ Channel: 'CHAT' })).branch).toEqual({ kind: 'error', errorType: 'NoMatchingError' });
    expect(run('StartVoiceIdStream').settings).toEqual({ VoiceIdStream: 'Started' });
    expect(run('StartVoiceIdStream', {}, contact({ Channel: 'TASK' })).branch).toEqual({ kind: 'error', errorType: 'NoMatchingError' });
  });

  it('Wisdom, outbound calls and chats, callbacks', () => {
    expect(run('CreateWisdomSession', { WisdomAssistantArn: 'arn:aws:wisdom:us-east-1:111122223333:assistant/a1' }, contact({ ContactId: 'c1' })).contact?.Wisdom)
      .toEqual({ SessionArn: 'arn:aws:wisdom:us-east-1:111122223333:assistant/a1/session/c1' });
    expect(run('CheckOutboundCallStatus').branch).toEqual({ kind: 'result', result: 'CallAnswered' });
    expect(run('CompleteOutboundCall', { CallerId: { Number: '+18005550199' } }, contact({ CustomerEndpoint: { Address: '+1' } })).reason).toBe('called +1 from +18005550199');
    expect(run('StartOutboundChatContact', { DestinationEndpoint: { Address: '+1' }, InitialSystemMessage: { Content: 'Hi' } }).notes).toEqual(['SMS chat to +1: "Hi"']);
    expect(run('CreateCallbackContact', {}, contact({ CustomerEndpoint: { Address: '+1' }, Queue: { Name: 'Callbacks' } })).notes).toEqual(['callback to +1 queued in Callbacks']);
  });

  it('transfers to a third party, an agent, or another queue end the run', () => {
    expect(run('TransferParticipantToThirdParty', { ThirdPartyPhoneNumber: '+1', ContinueFlowExecution: 'True' }).branch).toEqual({ kind: 'next' });
    expect(run('TransferParticipantToThirdParty', { ThirdPartyPhoneNumber: '+1' }).branch).toEqual({ kind: 'end', outcome: 'Transferred' });
    expect(run('TransferParticipantToThirdParty', {}, contact(), { mocks: { results: { '*': { error: 'CallFailed' } } } }).branch).toEqual({ kind: 'error', errorType: 'CallFailed' });
    expect(run('TransferContactToAgent', {}, contact({ Queue: { Name: 'Sales' } })).branch).toEqual({ kind: 'end', outcome: 'Transferred', queue: 'Sales' });
    expect(run('DequeueContactAndTransferToQueue', { QueueId: 'q-vip' }).branch).toEqual({ kind: 'end', outcome: 'Transferred', queue: 'q-vip' });
    expect(run('EndFlowExecution').branch).toEqual({ kind: 'end', outcome: 'Ended' });
    expect(run('DisconnectParticipant').branch).toEqual({ kind: 'end', outcome: 'Disconnected' });
  });

  it('profile objects and calculated attributes are not kept: NoneFoundError', () => {
    expect(run('GetCustomerProfileObject').branch).toEqual({ kind: 'error', errorType: 'NoneFoundError' });
    expect(run('GetCalculatedAttributesForCustomerProfile').branch).toEqual({ kind: 'error', errorType: 'NoneFoundError' });
  });
});

describe('contact data and settings', () => {
  it('UpdateContactData sets contact fields and records the rest', () => {
    const outcome = run('UpdateContactData', { LanguageCode: 'fr-CA', CustomerId: '$.Attributes.id', IsVoiceIdStreamingEnabled: 'true' }, contact({ Attributes: { id: 'cust-9' } }));
    expect(outcome.contact).toMatchObject({ LanguageCode: 'fr-CA', CustomerId: 'cust-9' });
    expect(outcome.settings).toEqual({ IsVoiceIdStreamingEnabled: 'true' });
  });

  it('UpdateContactTextToSpeechVoice sets $.TextToSpeechVoiceId', () => {
    const outcome = run('UpdateContactTextToSpeechVoice', { TextToSpeechVoice: 'Olivia', TextToSpeechEngine: 'Neural' });
    expect(outcome.contact?.TextToSpeechVoiceId).toBe('Olivia');
    expect(outcome.settings).toEqual({ TextToSpeechEngine: 'Neural' });
  });

  it('UpdateContactCallbackNumber wants an E.164 number', () => {
    expect(run('UpdateContactCallbackNumber', { CallbackNumber: '$.Attributes.n' }, contact({ Attributes: { n: '+14255550100' } })).settings).toEqual({ CallbackNumber: '+14255550100' });
    expect(run('UpdateContactCallbackNumber', { CallbackNumber: '$.Attributes.n' }, contact({ Attributes: { n: '555' } })).branch).toEqual({ kind: 'error', errorType: 'InvalidCallbackNumber' });
  });

  it('pass-through blocks record their parameters and go on', () => {
    expect(run('UpdateFlowLoggingBehavior', { FlowLoggingBehavior: 'Enabled' })).toEqual({ branch: { kind: 'next' }, settings: { FlowLoggingBehavior: 'Enabled' } });
    expect(run('UpdateContactEventHooks', { EventHooks: { CustomerQueue: 'flow-q' } }).settings).toEqual({ 'EventHooks.CustomerQueue': 'flow-q' });
    expect(run('TagContact', { Tags: { team: 'a' } }).settings).toEqual({ Tags: { team: 'a' } });
    expect(run('UpdateContactRecordingBehavior', { RecordingBehavior: { RecordedParticipants: [] }, AnalyticsBehavior: { Enabled: 'True' } }).settings)
      .toEqual({ RecordingBehavior: { RecordingBehavior: { RecordedParticipants: [] }, AnalyticsBehavior: { Enabled: 'True' } } });
    for (const type of ['UpdateContactRecordingBehavior', 'UpdateContactRoutingBehavior', 'UpdateRoutingCriteria', 'ResumeContact', 'UnTagContact']) {
      expect(run(type).branch).toEqual({ kind: 'next' });
    }
  });
});
