import { branchesOf, reachableFrom } from '../../flow/graph.js';
import type { DocPath, FlowAction } from '../../flow/types.js';
import { predefinedKeyMeant } from '../../store/search-keys.js';
import { clip } from '../diagnostic.js';
import { isRecord } from '../../flow/load.js';
import { actionPath, nameOf, CUSTOMER_PROFILES_TYPES, report, type Check } from './context.js';

/**
 * CP004: the GetCustomerProfile page itself spells the single-identifier value "IdentiferValue".
 * Amazon Connect's documentation uses it, so it is accepted, with a warning (an error under --strict).
 */
export const identifierValueSpelling: Check = (context) =>
  context.flow.Actions.filter((action) => action.Type === 'GetCustomerProfile').flatMap((action) => {
    const request = action.Parameters?.ProfileRequestData;
    if (!isRecord(request) || !('IdentiferValue' in request)) return [];
    return [report(context, {
      code: 'CP004', atKey: true,
      path: actionPath(context, action, 'Parameters', 'ProfileRequestData', 'IdentiferValue'),
      message: `${nameOf(action)}: "IdentiferValue" is misspelled; did you mean "IdentifierValue"? (the AWS page writes it so; SearchCriteria uses "IdentifierValue")`,
      fix: 'rename "IdentiferValue" to "IdentifierValue"',
    })];
  });

/**
 * CP008: a search key one case or one edit away from a predefined key (`_Phone`, `_acount`), or
 * without its underscore (`phone`), finds nothing: every caller takes NoneFoundError. Custom keys are
 * any other name, and fine. The rule is the store's (predefinedKeyMeant), so `cfsim profiles search` agrees.
 */
export const searchKeySpelling: Check = (context) =>
  context.flow.Actions.filter((action) => action.Type === 'GetCustomerProfile').flatMap((action) => {
    const request = action.Parameters?.ProfileRequestData;
    if (!isRecord(request)) return [];
    const named: { readonly path: DocPath; readonly name: unknown }[] = [{ path: ['IdentifierName'], name: request.IdentifierName }];
    if (Array.isArray(request.SearchCriteria)) {
      request.SearchCriteria.forEach((item: unknown, index: number) => {
        if (isRecord(item)) named.push({ path: ['SearchCriteria', index, 'IdentifierName'], name: item.IdentifierName });
      });
    }
    return named.flatMap(({ path, name }) => {
      const meant = typeof name === 'string' && !name.includes('$') ? predefinedKeyMeant(name) : undefined;
      if (!meant || typeof name !== 'string') return [];
      return [report(context, {
        code: 'CP008', path: actionPath(context, action, 'Parameters', 'ProfileRequestData', ...path),
        message: `${nameOf(action)}: search key "${clip(name)}" is not the predefined key "${meant}"; did you mean "${meant}"? As written it is a custom key, which no profile has unless a domain defines it, so every caller would take NoneFoundError`,
        fix: `write "${meant}"`,
      })];
    });
  });

/** CP006: a Customer Profiles block with no Error (NoMatchingError) branch stops the contact when the service fails. */
export const errorBranchPresent: Check = (context) =>
  context.flow.Actions.filter((action) => CUSTOMER_PROFILES_TYPES.has(action.Type)).flatMap((action) => {
    const errors = action.Transitions?.Errors;
    if (Array.isArray(errors) && errors.some((error) => error?.ErrorType === 'NoMatchingError')) return [];
    // An entry without its ErrorType (a misspelled key) is the schema's diagnostic: one per cause.
    if (Array.isArray(errors) && errors.some((error) => typeof error?.ErrorType !== 'string')) return [];
    return [report(context, {
      code: 'CP006', atKey: true, path: actionPath(context, action, 'Transitions'),
      message: `${nameOf(action)}: ${action.Type} has no NoMatchingError (Error) branch; a throttled or unavailable Customer Profiles call would have nowhere to go`,
      fix: 'add {ErrorType: NoMatchingError, NextAction: <an action>} to Transitions.Errors',
    })];
  });

const PROFILE_SOURCES: ReadonlySet<string> = new Set(['GetCustomerProfile', 'CreateCustomerProfile']);
const NEEDS_PROFILE: ReadonlySet<string> = new Set(['UpdateCustomerProfile', 'AssociateContactToCustomerProfile']);

/**
 * CP005: UpdateCustomerProfile has no ProfileId; it updates the profile a Get or Create found earlier
 * ($.Customer.ProfileId). Walk the flow from the start without passing a Get/Create's Success branch:
 * an Update (or an Associate) reached that way may run with no profile.
 */
export const profileBeforeUpdate: Check = (context) => {
  if (!context.actionsById.has(context.flow.StartAction)) return [];
  const withoutProfile = reachableFrom(context.flow.StartAction, context.actionsById, (action: FlowAction) =>
    PROFILE_SOURCES.has(action.Type) ? branchesOf(action).filter((branch) => branch.branch !== 'Success') : branchesOf(action),
  );
  return context.flow.Actions.filter((action) => NEEDS_PROFILE.has(action.Type) && withoutProfile.has(action.Identifier))
    .filter((action) => action.Type === 'UpdateCustomerProfile' || usesCustomerProfileId(action))
    .map((action) =>
      report(context, {
        code: 'CP005', path: actionPath(context, action, 'Type'),
        message: `${nameOf(action)}: ${action.Type} can be reached on a path with no GetCustomerProfile or CreateCustomerProfile success before it, so $.Customer.ProfileId may be empty and it would take its Error branch`,
        fix: 'get or create the profile first (a Customer profiles block with Get profile or Create profile)',
      }),
    );
};

/** An Associate whose ProfileId is a literal or another attribute does not depend on an earlier Get. */
function usesCustomerProfileId(action: FlowAction): boolean {
  const request = action.Parameters?.ProfileRequestData;
  return isRecord(request) && request.ProfileId === '$.Customer.ProfileId';
}
