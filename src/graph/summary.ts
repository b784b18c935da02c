// The one thing a reader of a flow's picture needs to know about a block, besides its type: what it
// says, what it compares, where it sends the contact, what it looks a profile up by. Plain text,
// one line, at most SUMMARY_MAX characters; each format escapes it for itself.
import type { FlowAction } from '../flow/types.js';

export const SUMMARY_MAX = 60;

/** The parameters that say what a block does, the first present one wins. Other types: the first text parameter. */
const SUMMARY_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  MessageParticipant: ['Text', 'SSML', 'PromptId', 'Media', 'TemplateId'],
  GetParticipantInput: ['Text', 'SSML', 'PromptId', 'Media'],
  MessageParticipantIteratively: ['Messages'],
  ConnectParticipantWithLexBot: ['Text', 'SSML', 'LexV2Bot', 'LexBot'],
  Compare: ['ComparisonValue'],
  UpdateContactTargetQueue: ['QueueId', 'AgentId'],
  DequeueContactAndTransferToQueue: ['QueueId', 'AgentId'],
  TransferContactToAgent: ['AgentId'],
  InvokeLambdaFunction: ['LambdaFunctionARN'],
  TransferToFlow: ['ContactFlowId'],
  InvokeFlowModule: ['FlowModuleId'],
  CheckHoursOfOperation: ['HoursOfOperationId'],
  UpdateContactAttributes: ['Attributes'],
  UpdateFlowAttributes: ['FlowAttributes'],
  GetCustomerProfile: ['ProfileRequestData'],
  CreateCustomerProfile: ['ProfileRequestData'],
  UpdateCustomerProfile: ['ProfileRequestData'],
  AssociateContactToCustomerProfile: ['ProfileRequestData'],
  GetCustomerProfileObject: ['ProfileRequestData'],
  GetCalculatedAttributesForCustomerProfile: ['ProfileRequestData'],
  CheckSegmentMembershipForCustomerProfile: ['ProfileRequestData'],
  Loop: ['LoopCount'],
  Wait: ['TimeoutSeconds', 'WaitEvent'],
  CreateTask: ['Name', 'ContactFlowId'],
  TransferParticipantToThirdParty: ['ThirdPartyPhoneNumber'],
};

/** One line (control characters and runs of white space made one space), cut at `max` with an ellipsis. */
export function oneLine(text: string, max = SUMMARY_MAX): string {
  // Only the start of a long value is shown: bound the work on it too.
  const line = text
    .slice(0, max * 4)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ')
    .trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** What the block does, in a few words; "" when its parameters say nothing readable. */
export function summaryOf(action: FlowAction): string {
  const parameters = typeof action.Parameters === 'object' && action.Parameters !== null ? action.Parameters : {};
  const names = Object.hasOwn(SUMMARY_PARAMETERS, action.Type) ? (SUMMARY_PARAMETERS[action.Type] ?? []) : [];
  for (const name of names) {
    const text = Object.hasOwn(parameters, name) ? describe(parameters[name]) : '';
    if (text) return oneLine(text);
  }
  for (const value of Object.values(parameters).slice(0, 20)) {
    if (typeof value === 'string' && value !== '') return oneLine(shortArn(value));
  }
  return '';
}

/** A parameter's value as text: a string (an ARN by its name), the keys and values of an object, a list's items. */
function describe(value: unknown, depth = 0): string {
  if (typeof value === 'string') return shortArn(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (depth > 1 || typeof value !== 'object' || value === null) return '';
  if (Array.isArray(value)) return value.slice(0, 5).map((item) => describe(item, depth + 1)).filter(Boolean).join(', ');
  const record = value as Record<string, unknown>;
  // A profile lookup by identifier: "_phone = $.CustomerEndpoint.Address".
  if (typeof record.IdentifierName === 'string') return `${record.IdentifierName} = ${describe(record.IdentifierValue, depth + 1)}`;
  return Object.entries(record)
    .slice(0, 5)
    .map(([key, item]) => {
      const text = describe(item, depth + 1);
      return text ? `${key} = ${text}` : key;
    })
    .join(', ');
}

/** An ARN by its last part: `…/queue/priority-support` reads better than the account and instance. */
function shortArn(value: string): string {
  if (!value.startsWith('arn:')) return value;
  const resource = value.slice(value.lastIndexOf(':') + 1);
  const parts = resource.split('/');
  return parts.length > 2 ? parts.slice(-2).join('/') : resource;
}
