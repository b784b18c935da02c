// Every action type cfsim runs, and its handler. Adding a block: its file, its schema, one line here.
import type { BlockHandler } from '../runtime/outcome.js';
import { associateContactToCustomerProfile } from './associate-contact-to-customer-profile.js';
import { authenticateParticipant } from './authenticate-participant.js';
import { checkHoursOfOperation } from './check-hours-of-operation.js';
import { checkMetricData } from './check-metric-data.js';
import { checkOutboundCallStatus } from './check-outbound-call-status.js';
import { checkSecurityStatus } from './check-security-status.js';
import { checkSegmentMembershipForCustomerProfile } from './check-segment-membership-for-customer-profile.js';
import { checkVoiceId } from './check-voice-id.js';
import { compare } from './compare.js';
import { completeOutboundCall } from './complete-outbound-call.js';
import { connectParticipantWithLexBot } from './connect-participant-with-lex-bot.js';
import { createCallbackContact } from './create-callback-contact.js';
import { createCase } from './create-case.js';
import { createContact } from './create-contact.js';
import { createCustomerProfile } from './create-customer-profile.js';
import { createPersistentContactAssociation } from './create-persistent-contact-association.js';
import { createTask } from './create-task.js';
import { createWisdomSession } from './create-wisdom-session.js';
import { dequeueContactAndTransferToQueue } from './dequeue-contact-and-transfer-to-queue.js';
import { disconnectParticipant } from './disconnect-participant.js';
import { distributeByPercentage } from './distribute-by-percentage.js';
import { endFlowExecution } from './end-flow-execution.js';
import { endFlowModuleExecution } from './end-flow-module-execution.js';
import { evaluateDataTableValues } from './evaluate-data-table-values.js';
import { getCalculatedAttributesForCustomerProfile } from './get-calculated-attributes-for-customer-profile.js';
import { getCase } from './get-case.js';
import { getCustomerProfileObject } from './get-customer-profile-object.js';
import { getCustomerProfile } from './get-customer-profile.js';
import { getMetricData } from './get-metric-data.js';
import { getParticipantInput } from './get-participant-input.js';
import { invokeFlowModule } from './invoke-flow-module.js';
import { invokeLambdaFunction } from './invoke-lambda-function.js';
import { listDataTableValues } from './list-data-table-values.js';
import { loadContactContent } from './load-contact-content.js';
import { loop } from './loop.js';
import { messageParticipantIteratively } from './message-participant-iteratively.js';
import { messageParticipant } from './message-participant.js';
import { renderMessageTemplate } from './render-message-template.js';
import { setSecurityBehavior } from './set-security-behavior.js';
import { showView } from './show-view.js';
import { startOutboundChatContact } from './start-outbound-chat-contact.js';
import { startOutboundEmailContact } from './start-outbound-email-contact.js';
import { startVoiceIdStream } from './start-voice-id-stream.js';
import { transferContactToAgent } from './transfer-contact-to-agent.js';
import { transferContactToQueue } from './transfer-contact-to-queue.js';
import { transferParticipantToThirdParty } from './transfer-participant-to-third-party.js';
import { transferToFlow } from './transfer-to-flow.js';
import { updateCase } from './update-case.js';
import { updateContactAttributes } from './update-contact-attributes.js';
import { updateContactCallbackNumber } from './update-contact-callback-number.js';
import { updateContactData } from './update-contact-data.js';
import { updateContactTargetQueue } from './update-contact-target-queue.js';
import { updateContactTextToSpeechVoice } from './update-contact-text-to-speech-voice.js';
import { updateCustomerProfile } from './update-customer-profile.js';
import { updateFlowAttributes } from './update-flow-attributes.js';
import { upsertDataTableValues } from './upsert-data-table-values.js';
import { wait } from './wait.js';
import * as settings from './settings.js';

export const BLOCK_HANDLERS = {
  AssociateContactToCustomerProfile: associateContactToCustomerProfile,
  AuthenticateParticipant: authenticateParticipant,
  CheckHoursOfOperation: checkHoursOfOperation,
  CheckMetricData: checkMetricData,
  CheckOutboundCallStatus: checkOutboundCallStatus,
  CheckSecurityStatus: checkSecurityStatus,
  CheckSegmentMembershipForCustomerProfile: checkSegmentMembershipForCustomerProfile,
  CheckVoiceId: checkVoiceId,
  Compare: compare,
  CompleteOutboundCall: completeOutboundCall,
  ConnectParticipantWithLexBot: connectParticipantWithLexBot,
  CreateCallbackContact: createCallbackContact,
  CreateCase: createCase,
  CreateContact: createContact,
  CreateCustomerProfile: createCustomerProfile,
  CreatePersistentContactAssociation: createPersistentContactAssociation,
  CreateTask: createTask,
  CreateWisdomSession: createWisdomSession,
  DequeueContactAndTransferToQueue: dequeueContactAndTransferToQueue,
  DisconnectParticipant: disconnectParticipant,
  DistributeByPercentage: distributeByPercentage,
  EndFlowExecution: endFlowExecution,
  EndFlowModuleExecution: endFlowModuleExecution,
  EvaluateDataTableValues: evaluateDataTableValues,
  GetCalculatedAttributesForCustomerProfile: getCalculatedAttributesForCustomerProfile,
  GetCase: getCase,
  GetCustomerProfile: getCustomerProfile,
  GetCustomerProfileObject: getCustomerProfileObject,
  GetMetricData: getMetricData,
  GetParticipantInput: getParticipantInput,
  InvokeFlowModule: invokeFlowModule,
  InvokeLambdaFunction: invokeLambdaFunction,
  ListDataTableValues: listDataTableValues,
  LoadContactContent: loadContactContent,
  Loop: loop,
  MessageParticipant: messageParticipant,
  MessageParticipantIteratively: messageParticipantIteratively,
  RenderMessageTemplate: renderMessageTemplate,
  ResumeContact: settings.resumeContact,
  SetSecurityBehavior: setSecurityBehavior,
  ShowView: showView,
  StartOutboundChatContact: startOutboundChatContact,
  StartOutboundEmailContact: startOutboundEmailContact,
  StartVoiceIdStream: startVoiceIdStream,
  TagContact: settings.tagContact,
  TransferContactToAgent: transferContactToAgent,
  TransferContactToQueue: transferContactToQueue,
  TransferParticipantToThirdParty: transferParticipantToThirdParty,
  TransferToFlow: transferToFlow,
  UnTagContact: settings.unTagContact,
  UpdateCase: updateCase,
  UpdateContactAttributes: updateContactAttributes,
  UpdateContactCallbackNumber: updateContactCallbackNumber,
  UpdateContactData: updateContactData,
  UpdateContactEventHooks: settings.updateContactEventHooks,
  UpdateContactMediaProcessing: settings.updateContactMediaProcessing,
  UpdateContactMediaStreamingBehavior: settings.updateContactMediaStreamingBehavior,
  UpdateContactRecordingAndAnalyticsBehavior: settings.updateContactRecordingAndAnalyticsBehavior,
  UpdateContactRecordingBehavior: settings.updateContactRecordingBehavior,
  UpdateContactRoutingBehavior: settings.updateContactRoutingBehavior,
  UpdateContactRoutingCriteria: settings.updateRoutingCriteria,
  UpdateContactTargetQueue: updateContactTargetQueue,
  UpdateContactTextToSpeechVoice: updateContactTextToSpeechVoice,
  UpdateCustomerProfile: updateCustomerProfile,
  UpdateFlowAttributes: updateFlowAttributes,
  UpdateFlowLoggingBehavior: settings.updateFlowLoggingBehavior,
  UpdatePreviousContactParticipantState: settings.updatePreviousContactParticipantState,
  UpdateRoutingCriteria: settings.updateRoutingCriteria,
  UpsertDataTableValues: upsertDataTableValues,
  Wait: wait,
} as const satisfies Readonly<Record<string, BlockHandler>>;

export type SimulatedActionType = keyof typeof BLOCK_HANDLERS;

export function handlerFor(type: string): BlockHandler | undefined {
  return Object.hasOwn(BLOCK_HANDLERS, type) ? BLOCK_HANDLERS[type as SimulatedActionType] : undefined;
}
