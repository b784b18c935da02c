// Decoding a file's bytes as UTF-8, the only encoding cfsim reads: another encoding is refused with
// where it goes wrong, instead of being read as garbage. Flow files and profile imports word it their way.
import type { SourcePosition } from './types.js';

export type Utf8Decoding =
  | { readonly kind: 'text'; readonly text: string }
  /** A UTF-16 byte order mark (Windows "Unicode" files, PowerShell's `>`). */
  | { readonly kind: 'utf16' }
  /** The first byte that is not UTF-8; `lenient` is the text with U+FFFD for each such byte. */
  | { readonly kind: 'not-utf8'; readonly position: SourcePosition; readonly lenient: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text (a UTF-8 byte order mark left out), or why the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): Utf8Decoding {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { kind: 'utf16' };
  try {
    return { kind: 'text', text: UTF8.decode(bytes) };
  } catch {
    // Only for a refused file: a lenient decoding shows where (U+FFFD for a byte that is not UTF-8).
    const lenient = new TextDecoder().decode(bytes);
    return { kind: 'not-utf8', position: positionIn(lenient, lenient.indexOf('\uFFFD')), lenient };
  }
}

/** Line and column (1-based) of a character index. */
export function positionIn(text: string, index: number): SourcePosition {
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - (before.lastIndexOf('\n') + 1) + 1 };
}
