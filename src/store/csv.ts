// CSV as RFC 4180 writes it: comma-separated, fields in double quotes may hold commas, line breaks
// and doubled quotes; CRLF or LF line ends; a UTF-8 byte order mark is ignored; blank lines are skipped.

export interface CsvRow {
  /** The line the row starts on (1-based). */
  readonly line: number;
  readonly cells: readonly string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export function* parseCsv(text: string): Generator<CsvRow> {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (at < text.length) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell: string;
      if (text.charCodeAt(at) === QUOTE) {
        ({ cell, at, line } = quoted(text, at + 1, line, start));
      } else {
        let end = at;
        while (end < text.length && !isDelimiter(text.charCodeAt(end))) end += 1;
        cell = text.slice(at, end);
        at = end;
      }
      cells.push(cell);
      const code = text.charCodeAt(at);
      if (code === COMMA) {
        at += 1;
        continue;
      }
      if (at < text.length && code !== LF && code !== CR) {
        throw new CsvSyntaxError(line, 'a closing quote must be followed by a comma or the end of the line');
      }
      if (code === CR) at += 1;
      if (text.charCodeAt(at) === LF) at += 1;
      line += 1;
      break;
    }
    if (cells.length > 1 || cells[0] !== '') yield { line: start, cells };
  }
}

function isDelimiter(code: number): boolean {
  return code === COMMA || code === LF || code === CR;
}

/** A quoted field from just after its opening quote: the value, where reading goes on, the line there. */
function quoted(text: string, from: number, line: number, start: number): { cell: string; at: number; line: number } {
  let cell = '';
  let at = from;
  for (;;) {
    const close = text.indexOf('"', at);
    if (close < 0) throw new CsvSyntaxError(start, 'a quoted field is not closed');
    const part = text.slice(at, close);
    cell += part;
    for (let newline = part.indexOf('\n'); newline >= 0; newline = part.indexOf('\n', newline + 1)) line += 1;
    if (text.charCodeAt(close + 1) === QUOTE) {
      cell += '"';
      at = close + 2;
    } else {
      return { cell, at: close + 1, line };
    }
  }
}
