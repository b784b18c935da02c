import type { Severity } from './diagnostic.js';

/** Every diagnostic code cfsim emits: the SARIF rules and docs/diagnostics.md are made from this table. */
export const DIAGNOSTIC_CODES: Readonly<Record<string, { readonly severity: Severity; readonly summary: string }>> = {
  YAML001: { severity: 'error', summary: 'The file is not valid YAML or JSON' },
  YAML002: { severity: 'error', summary: 'The flow stored as a JSON string in "Content" is not valid JSON' },
  FLOW001: { severity: 'error', summary: 'The flow document does not have the flow language shape (Version, StartAction, Actions)' },
  FLOW002: { severity: 'error', summary: 'Unknown action type: Amazon Connect would refuse the flow' },
  FLOW003: { severity: 'warning', summary: 'Documented action type that cfsim does not simulate yet' },
  FLOW004: { severity: 'error', summary: 'Unknown key in an action' },
  FLOW005: { severity: 'error', summary: 'Invalid parameter value (type, enum, length or missing key)' },
  FLOW006: { severity: 'error', summary: 'Error type not valid for this action type' },
  FLOW007: { severity: 'error', summary: 'Invalid transition (for example Conditions on an action that has none)' },
  GRAPH001: { severity: 'error', summary: 'StartAction names no action' },
  GRAPH002: { severity: 'error', summary: 'A NextAction names no action' },
  GRAPH003: { severity: 'error', summary: 'Duplicate action Identifier' },
  GRAPH004: { severity: 'warning', summary: 'Action unreachable from StartAction' },
  CP001: { severity: 'error', summary: 'GetCustomerProfile ProfileRequestData must use exactly one request form' },
  CP002: { severity: 'error', summary: 'Customer Profiles request value longer than 255 characters' },
  CP003: { severity: 'error', summary: 'Unknown Customer Profiles field name' },
  CP004: { severity: 'warning', summary: 'Misspelled "IdentiferValue" (as the AWS page writes it)' },
  CP005: { severity: 'warning', summary: 'Update/Associate reachable with no Get or Create profile before it' },
  CP007: { severity: 'error', summary: 'SearchCriteria must have 1 to 5 items (SearchProfiles takes at most 5 key/value pairs)' },
  CP006: { severity: 'warning', summary: 'Customer Profiles block without an Error (NoMatchingError) branch' },
};
