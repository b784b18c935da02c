// TransferParticipantToThirdParty ("Transfer to phone number"): calls a third party; with
// ContinueFlowExecution True the flow goes on after the call (or takes CallFailed /
// ConnectionTimeLimitExceeded), else the contact leaves the flow (admin guide
// participant-actions-transferparticipanttothirdparty). mocks.results can route those errors.
import { NEXT, type BlockHandler } from '../runtime/outcome.js';
import { isTrue, param, textParam } from './common.js';
import { outsideCall } from './outside-call.js';

export const transferParticipantToThirdParty: BlockHandler = (action, contact, context) => {
  const number = textParam(action, contact, 'ThirdPartyPhoneNumber') ?? '';
  const call = outsideCall(action, context);
  if (call.failed) return call.failed;
  if (isTrue(param(action, 'ContinueFlowExecution'))) {
    return { branch: NEXT, counters: call.counters, reason: `called ${number}; the flow goes on when the call ends` };
  }
  return { branch: { kind: 'end', outcome: 'Transferred' }, counters: call.counters, reason: `transferred to ${number}` };
};
