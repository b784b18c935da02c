// Every action type cfsim runs, and its handler. Adding a block: its file, its schema, one line here.
import type { BlockHandler } from '../runtime/outcome.js';
import { associateContactToCustomerProfile } from './associate-contact-to-customer-profile.js';
import { checkHoursOfOperation } from './check-hours-of-operation.js';
import { checkMetricData } from './check-metric-data.js';
import { checkOutboundCallStatus } from './check-outbound-call-status.js';
import { checkVoiceId } from './check-voice-id.js';
import { compare } from './compare.js';
import { completeOutboundCall } from './complete-outbound-call.js';
import { connectParticipantWithLexBot } from './connect-participant-with-lex-bot.js';
import { createCallbackContact } from './create-callback-contact.js';
import { createCase } from './create-case.js';
import { createCustomerProfile } from './create-customer-profile.js';
import { createTask } from './create-task.js';
import { createWisdomSession } from './create-wisdom-session.js';
import { dequeueContactAndTransferToQueue } from './dequeue-contact-and-transfer-to-queue.js';
import { disconnectParticipant } from './disconnect-participant.js';
import { distributeByPercentage } from './distribute-by-percentage.js';
import { endFlowExecution } from './end-flow-execution.js';
import { endFlowModuleExecution } from './end-flow-module-execution.js';
import { getCalculatedAttributesForCustomerProfile } from './get-calculated-attributes-for-customer-profile.js';
import { getCase } from './get-case.js';
import { getCustomerProfile } from './get-customer-profile.js';
import { getCustomerProfileObject } from './get-customer-profile-object.js';
import { getMetricData } from './get-metric-data.js';
import { getParticipantInput } from './get-participant-input.js';
import { invokeFlowModule } from './invoke-flow-module.js';
import { invokeLambdaFunction } from './invoke-lambda-function.js';
import { loop } from './loop.js';
import { messageParticipant } from './message-participant.js';
import { messageParticipantIteratively } from './message-participant-iteratively.js';
import * as settings from './settings.js';
import { showView } from './show-view.js';
import { startOutboundChatContact } from './start-outbound-chat-contact.js';
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
import { wait } from './wait.js';

export const BLOCK_HANDLERS = {
  AssociateContactToCustomerProfile: associateContactToCustomerProfile,
  CheckHoursOfOperation: checkHoursOfOperation,
  CheckMetricData: checkMetricData,
  CheckOutboundCallStatus: checkOutboundCallStatus,
  CheckVoiceId: checkVoiceId,
  Compare: compare,
  CompleteOutboundCall: completeOutboundCall,
  ConnectParticipantWithLexBot: connectParticipantWithLexBot,
  CreateCallbackContact: createCallbackContact,
  CreateCase: createCase,
  CreateCustomerProfile: createCustomerProfile,
  CreateTask: createTask,
  CreateWisdomSession: createWisdomSession,
  DequeueContactAndTransferToQueue: dequeueContactAndTransferToQueue,
  DisconnectParticipant: disconnectParticipant,
  DistributeByPercentage: distributeByPercentage,
  EndFlowExecution: endFlowExecution,
  EndFlowModuleExecution: endFlowModuleExecution,
  GetCalculatedAttributesForCustomerProfile: getCalculatedAttributesForCustomerProfile,
  GetCase: getCase,
  GetCustomerProfile: getCustomerProfile,
  GetCustomerProfileObject: getCustomerProfileObject,
  GetMetricData: getMetricData,
  GetParticipantInput: getParticipantInput,
  InvokeFlowModule: invokeFlowModule,
  InvokeLambdaFunction: invokeLambdaFunction,
  Loop: loop,
  MessageParticipant: messageParticipant,
  MessageParticipantIteratively: messageParticipantIteratively,
  ResumeContact: settings.resumeContact,
  ShowView: showView,
  StartOutboundChatContact: startOutboundChatContact,
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
  UpdateContactTargetQueue: updateContactTargetQueue,
  UpdateContactTextToSpeechVoice: updateContactTextToSpeechVoice,
  UpdateCustomerProfile: updateCustomerProfile,
  UpdateFlowAttributes: updateFlowAttributes,
  UpdateFlowLoggingBehavior: settings.updateFlowLoggingBehavior,
  UpdatePreviousContactParticipantState: settings.updatePreviousContactParticipantState,
  UpdateRoutingCriteria: settings.updateRoutingCriteria,
  Wait: wait,
} as const satisfies Readonly<Record<string, BlockHandler>>;

export type SimulatedActionType = keyof typeof BLOCK_HANDLERS;

export function handlerFor(type: string): BlockHandler | undefined {
  return Object.hasOwn(BLOCK_HANDLERS, type) ? BLOCK_HANDLERS[type as SimulatedActionType] : undefined;
}
