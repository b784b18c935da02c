// Files that are plainly not a flow: empty, or one of cfsim's other inputs, which `cfsim validate flows/*.yaml`
// picks up where they sit beside the flows. One error that says what the file is, and where it belongs,
// instead of a schema error for each of its keys.
import { FLOW_KEYS, isRecord, type FlowSource } from '../flow/load.js';
import { ADDRESS_KINDS, PROFILE_STRING_FIELDS } from '../store/profile.js';
import { severityOf, type DiagnosticCode } from './codes.js';
import type { Diagnostic } from './diagnostic.js';

const PROFILE_KEYS: ReadonlySet<string> = new Set(['ProfileId', ...PROFILE_STRING_FIELDS, ...ADDRESS_KINDS]);
/** Top-level keys of a contact file (schemas/contact.schema.json) that a flow never has. */
const CONTACT_KEYS = ['Channel', 'CustomerEndpoint', 'SystemEndpoint', 'Inputs', 'Attributes'];

/** The one diagnostic for a file that is not a flow, or undefined when it may be one. */
export function notAFlow(source: FlowSource): Diagnostic | undefined {
  const found = kindOf(source.document, source.file);
  return found && { ...found, severity: severityOf(found.code), file: source.file, ...source.source.locate([]), path: [] };
}

function kindOf(document: unknown, file: string): (Pick<Diagnostic, 'message' | 'fix'> & { readonly code: DiagnosticCode }) | undefined {
  if (document === null || document === undefined) return { code: 'FLOW001', message: 'the file is empty', fix: 'export the flow into it, or remove it' };
  const profiles = {
    code: 'FILE003' as const,
    message: 'this is a profiles file, not a flow: pass it to cfsim run with --profiles',
    fix: `cfsim run <flow file> --profiles ${file}`,
  };
  // A flow is never a list.
  if (Array.isArray(document)) return document.length > 0 && document.every(isProfile) ? profiles : undefined;
  if (!isRecord(document) || FLOW_KEYS.some((key) => key in document)) return undefined;
  if ('cases' in document || 'flow' in document) {
    return { code: 'FILE003', message: 'this is a scenario file, not a flow: run it with cfsim test', fix: `cfsim test ${file}` };
  }
  if (Array.isArray(document.profiles)) return profiles;
  if (CONTACT_KEYS.some((key) => key in document)) {
    return { code: 'FILE003', message: 'this is a contact file, not a flow: pass it to cfsim run with --contact', fix: `cfsim run <flow file> --contact ${file}` };
  }
  return undefined;
}

function isProfile(item: unknown): boolean {
  return isRecord(item) && Object.keys(item).some((key) => PROFILE_KEYS.has(key));
}
