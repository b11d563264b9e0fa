/**
 * Where a JSON text first goes wrong, and what to do about it, found by reading it once: the
 * messages of `JSON.parse` differ between browsers, some give no position at all, and none says
 * "remove the comma before }". Part of the messages chunk: it runs only when `JSON.parse` failed.
 * Iterative, so a deeply nested file cannot overflow the stack.
 */

export interface JsonSyntaxError {
  /** Offset of the character at fault in the text. */
  offset: number;
  message: string;
}

const WHITESPACE = /[ \t\n\r]/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** The first syntax error of `text`, or null if it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let at = 0;
  const fail = (offset: number, message: string): JsonSyntaxError => ({ offset, message });
  const skipSpace = () => {
    while (at < text.length && WHITESPACE.test(text[at]!)) at++;
  };
  /** Reads one string starting at `at` (a double quote); null when it is fine. */
  const readString = (): JsonSyntaxError | null => {
    const start = at++;
    while (at < text.length) {
      const c = text[at]!;
      if (c === '"') {
        at++;
        return null;
      }
      if (c === '\\') {
        ESCAPE.lastIndex = at;
        if (!ESCAPE.test(text)) return fail(at, `"\\${text[at + 1] ?? ''}" is not an escape JSON knows: write \\\\ for a backslash`);
        at = ESCAPE.lastIndex;
        continue;
      }
      if (c === '\n' || c === '\r') return fail(start, 'this text is not closed before the end of its line: add the closing " (a line break inside a text is written \\n)');
      if (c < ' ') return fail(at, 'a tab or other control character inside a text must be written as an escape (\\t for a tab)');
      at++;
    }
    return fail(start, 'this text is never closed: add the closing "');
  };
  /** Reads one value that is not an object or an array; null when it is fine. */
  const readScalar = (): JsonSyntaxError | null => {
    const c = text[at]!;
    if (c === '"') return readString();
    if (c === "'") return fail(at, 'JSON texts are in double quotes ("..."), not single quotes');
    NUMBER.lastIndex = at;
    if (/[-\d]/.test(c) && NUMBER.test(text)) {
      at = NUMBER.lastIndex;
      return /[\w.]/.test(text[at] ?? '') ? fail(at, 'this is not a JSON number: digits, one "." and an exponent only') : null;
    }
    if (c === '.' || c === '+') return fail(at, 'a JSON number starts with a digit or "-"');
    WORD.lastIndex = at;
    if (WORD.test(text)) {
      const word = text.slice(at, WORD.lastIndex);
      if (word === 'true' || word === 'false' || word === 'null') {
        at = WORD.lastIndex;
        return null;
      }
      const lower = word.toLowerCase();
      if (lower === 'true' || lower === 'false' || lower === 'null') return fail(at, `write ${lower} in lower case`);
      return fail(at, `${word} is not a JSON value: write true, false or null, or put a text in double quotes ("${word}")`);
    }
    return fail(at, `a value is missing here (a text, a number, true, false, null, a list or an object), not "${c}"`);
  };

  /** Open containers, innermost last: `{` or `[` with the offset of each. */
  const open: { kind: '{' | '['; offset: number }[] = [];
  let expect: 'value' | 'key' | 'after-value' = 'value';
  for (;;) {
    skipSpace();
    const c = text[at];
    if (c === '/' && (text[at + 1] === '/' || text[at + 1] === '*')) return fail(at, 'JSON has no comments: remove this one');
    const container = open[open.length - 1];
    if (c === undefined) {
      if (!container && expect === 'after-value') return null;
      if (!container) return fail(at, 'the file ends where a value was expected');
      const before = text.slice(0, container.offset).split('\n');
      const opened = `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
      return fail(at, `the ${container.kind} opened at ${opened} is never closed: the file may be cut off, or a ${container.kind === '{' ? '}' : ']'} is missing`);
    }
    if (expect === 'after-value') {
      if (!container) return fail(at, 'there is more after the end of the bank: remove it, or look for a } or ] too many');
      const closer = container.kind === '{' ? '}' : ']';
      if (c === closer) {
        open.pop();
        at++;
        continue;
      }
      if (c === ',') {
        const comma = at++;
        expect = container.kind === '{' ? 'key' : 'value';
        skipSpace();
        const next = text[at];
        if (next === '}' || next === ']') return fail(comma, `remove this comma: JSON allows none before ${next}`);
        continue;
      }
      if (c === '}' || c === ']') return fail(at, `this ${c} does not close the ${container.kind} that is open here: add ${closer} before it, or remove it`);
      return fail(at, `a comma is missing before this (between two ${container.kind === '{' ? 'fields' : 'items'})`);
    }
    if (expect === 'key') {
      if (c === '"') {
        const error = readString();
        if (error) return error;
        skipSpace();
        if (text[at] !== ':') return fail(at, 'a ":" is missing after this field name');
        at++;
        expect = 'value';
        continue;
      }
      return fail(at, c === "'" ? 'field names are in double quotes ("name"), not single quotes' : 'a field name in double quotes ("name") is expected here');
    }
    // expect === 'value'
    if (c === '{' || c === '[') {
      open.push({ kind: c, offset: at });
      at++;
      skipSpace();
      if (text[at] === (c === '{' ? '}' : ']')) {
        open.pop();
        at++;
        expect = 'after-value';
      } else expect = c === '{' ? 'key' : 'value';
      continue;
    }
    const error = readScalar();
    if (error) return error;
    expect = 'after-value';
  }
}
