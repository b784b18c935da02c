// Amazon Connect's documented limits on what a run builds, and the checks the blocks share. A flow
// that goes past one takes the block's error branch, as Connect routes it; cfsim never builds text
// without bound (a loop that doubles an attribute stops growing at the first limit it meets).
import { errorBranch, type Outcome } from './outcome.js';

/**
 * "You can have up to 32,768 UTF-8 bytes across all attributes for a contact" and "in the Set contact
 * attributes block, when the attributes for a contact exceed 32 KB, the contact is routed down the
 * Error branch" (APIReference API_UpdateContactAttributes.html, Attributes; admin guide
 * set-contact-attributes.html). Keys and values both count.
 */
export const CONTACT_ATTRIBUTES_MAX_BYTES = 32_768;

/**
 * Flow attributes have no limit of their own in the documentation; cfsim holds them to the contact
 * attributes' 32 KB (docs/running-flows.md, "Limits").
 */
export const FLOW_ATTRIBUTES_MAX_BYTES = CONTACT_ATTRIBUTES_MAX_BYTES;

/**
 * Text-to-speech goes through Amazon Polly's SynthesizeSpeech: "a maximum of 6000 characters total,
 * of which no more than 3000 can be billed characters" (Polly API, TextLengthExceededException).
 * cfsim checks the total for Text and SSML prompts: a longer prompt takes the block's error branch.
 */
export const PROMPT_TEXT_MAX_CHARS = 6_000;

/**
 * Wait's TimeoutSeconds "must be a positive integer value no greater than 604800 (seven days)"
 * (APIReference flow-control-actions-wait.html); the admin guide's Wait block: "The maximum is 7 days".
 */
export const WAIT_MAX_SECONDS = 604_800;

/** The UTF-8 length of a string, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 bytes of every key and value of a string map. */
export function attributesBytes(values: Readonly<Record<string, string>>): number {
  let bytes = 0;
  for (const [key, value] of Object.entries(values)) bytes += utf8Length(key) + utf8Length(value);
  return bytes;
}

/** NoMatchingError when attributes would pass their limit, with the figures in the reason. */
export function attributesTooLarge(what: string, values: Readonly<Record<string, string>>, limit: number): Outcome | undefined {
  const bytes = attributesBytes(values);
  if (bytes <= limit) return undefined;
  const size = bytes.toLocaleString('en-US');
  return {
    branch: errorBranch('NoMatchingError'),
    reason: `NoMatchingError: ${what} would take ${size} bytes, more than the ${limit.toLocaleString('en-US')} bytes Amazon Connect allows; nothing was set`,
  };
}
