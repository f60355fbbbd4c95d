/** Where and why a text is not JSON, in words a user can act on. */
export interface JsonSyntaxError {
  /** Index into the text (UTF-16 code units). */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units from the start of the line. */
  column: number;
  /** What was wrong, e.g. `expected "," or "}" but found "]"`. */
  reason: string;
}

const OBJECT = 0;
const ARRAY = 1;

class SyntaxProblem {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

function describeCharAt(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  const code = text.codePointAt(offset)!;
  if (code < 0x20 || code === 0x7f) return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  if (code === 0xfeff) return 'a byte order mark (U+FEFF)';
  return JSON.stringify(String.fromCodePoint(code));
}

/**
 * A strict JSON scanner (RFC 8259, as `JSON.parse` reads it) that reports the first error with its
 * line and column. It builds no values and uses its own stack, so it copes with any nesting depth.
 * Returns undefined when the text is valid JSON.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    scan(text);
    return undefined;
  } catch (problem) {
    if (!(problem instanceof SyntaxProblem)) throw problem;
    return { offset: problem.offset, ...lineAndColumn(text, problem.offset), reason: problem.reason };
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function scan(text: string): void {
  const stack: number[] = [];
  let at = skipSpace(text, 0);
  if (at >= text.length) throw new SyntaxProblem(at, 'the file is empty');
  for (;;) {
    // A value starts at `at`.
    at = skipSpace(text, at);
    const code = text.charCodeAt(at);
    if (code === 0x7b /* { */) {
      at = skipSpace(text, at + 1);
      if (text.charCodeAt(at) === 0x7d /* } */) {
        at++;
      } else {
        stack.push(OBJECT);
        at = scanFieldName(text, at);
        continue;
      }
    } else if (code === 0x5b /* [ */) {
      at = skipSpace(text, at + 1);
      if (text.charCodeAt(at) === 0x5d /* ] */) {
        at++;
      } else {
        stack.push(ARRAY);
        continue;
      }
    } else {
      at = scanScalar(text, at);
    }
    // After a value: close containers, or move on to the next item.
    for (;;) {
      at = skipSpace(text, at);
      const container = stack[stack.length - 1];
      if (container === undefined) {
        if (at < text.length) {
          throw new SyntaxProblem(at, `expected the end of the file after the JSON value but found ${describeCharAt(text, at)}`);
        }
        return;
      }
      const next = text.charCodeAt(at);
      const close = container === OBJECT ? 0x7d : 0x5d;
      if (next === close) {
        stack.pop();
        at++;
        continue;
      }
      if (next !== 0x2c /* , */) {
        const expected = container === OBJECT ? '"," or "}"' : '"," or "]"';
        throw new SyntaxProblem(at, `expected ${expected} but found ${describeCharAt(text, at)}`);
      }
      at = skipSpace(text, at + 1);
      if (container === OBJECT) at = scanFieldName(text, at);
      break;
    }
  }
}

function skipSpace(text: string, at: number): number {
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) at++;
    else return at;
  }
}

/** A field name, then ":"; returns where its value starts. */
function scanFieldName(text: string, at: number): number {
  if (text.charCodeAt(at) !== 0x22 /* " */) {
    throw new SyntaxProblem(at, `expected a field name in double quotes but found ${describeCharAt(text, at)}`);
  }
  at = skipSpace(text, scanString(text, at));
  if (text.charCodeAt(at) !== 0x3a /* : */) {
    throw new SyntaxProblem(at, `expected ":" after the field name but found ${describeCharAt(text, at)}`);
  }
  return at + 1;
}

function scanScalar(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === 0x22) return scanString(text, at);
  if (code === 0x2d /* - */ || isDigit(code)) return scanNumber(text, at);
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, at)) return at + word.length;
  }
  const hint = code === 0x27 /* ' */ ? ' (JSON text must use double quotes)' : '';
  throw new SyntaxProblem(at, `expected a value but found ${describeCharAt(text, at)}${hint}`);
}

function scanString(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    if (at >= text.length) throw new SyntaxProblem(start, 'this text in quotes is never closed');
    const code = text.charCodeAt(at);
    if (code === 0x22) return at + 1;
    if (code < 0x20) {
      const what = code === 0x0a || code === 0x0d ? 'a line break' : describeCharAt(text, at);
      throw new SyntaxProblem(at, `${what} inside text in quotes must be written as an escape (is a closing quote missing?)`);
    }
    if (code === 0x5c /* \ */) {
      if (at + 1 >= text.length) throw new SyntaxProblem(start, 'this text in quotes is never closed');
      const escape = text.charCodeAt(at + 1);
      if (escape === 0x75 /* u */) {
        for (let digit = 2; digit < 6; digit++) {
          if (!isHexDigit(text.charCodeAt(at + digit))) {
            throw new SyntaxProblem(at, 'a "\\u" escape must be followed by four hexadecimal digits');
          }
        }
        at += 6;
        continue;
      }
      if ('"\\/bfnrt'.includes(text.charAt(at + 1))) {
        at += 2;
        continue;
      }
      throw new SyntaxProblem(at, `invalid escape "\\${text.charAt(at + 1)}" inside text in quotes`);
    }
    at++;
  }
}

function scanNumber(text: string, start: number): number {
  const digitsFrom = (from: number): number => {
    let end = from;
    while (isDigit(text.charCodeAt(end))) end++;
    return end;
  };
  /** Refuses the number written from `start` up to `end` (exclusive). */
  const bad = (end: number): never => {
    throw new SyntaxProblem(start, `invalid number ${JSON.stringify(text.slice(start, end))}`);
  };
  let at = start;
  if (text.charCodeAt(at) === 0x2d /* - */) at++;
  if (text.charCodeAt(at) === 0x30 /* 0 */) {
    at++;
    if (isDigit(text.charCodeAt(at))) throw new SyntaxProblem(start, 'a number must not start with 0 unless it is 0 itself');
  } else if (isDigit(text.charCodeAt(at))) {
    at = digitsFrom(at);
  } else {
    bad(at);
  }
  if (text.charCodeAt(at) === 0x2e /* . */) {
    const end = digitsFrom(at + 1);
    if (end === at + 1) bad(end);
    at = end;
  }
  const exponent = text.charCodeAt(at);
  if (exponent === 0x65 || exponent === 0x45 /* e E */) {
    at++;
    const sign = text.charCodeAt(at);
    if (sign === 0x2b || sign === 0x2d) at++;
    const end = digitsFrom(at);
    if (end === at) bad(end);
    at = end;
  }
  return at;
}
