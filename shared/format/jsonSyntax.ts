import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';

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

/** jsonc-parser, held to strict JSON: no comments, no trailing commas, no empty text. */
const STRICT_JSON = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;

type Container = 'object' | 'array';

function describeCharAt(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  const code = text.codePointAt(offset)!;
  if (code < 0x20 || code === 0x7f) return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  if (code === 0xfeff) return 'a byte order mark (U+FEFF)';
  return JSON.stringify(String.fromCodePoint(code));
}

function closer(container: Container | undefined): string {
  return container === 'object' ? '"," or "}"' : '"," or "]"';
}

/** jsonc-parser's error, at `offset` (its token, `length` long), in words; the offset may move to the exact character. */
function explain(text: string, error: ParseErrorCode, offset: number, length: number, container: Container | undefined): { offset: number; reason: string } {
  const found = describeCharAt(text, offset);
  switch (printParseErrorCode(error)) {
    case 'PropertyNameExpected':
      return { offset, reason: `expected a field name in double quotes but found ${found}` };
    case 'ColonExpected':
      return { offset, reason: `expected ":" after the field name but found ${found}` };
    case 'CommaExpected':
      return { offset, reason: `expected ${closer(container)} but found ${found}` };
    case 'CloseBraceExpected':
      return { offset, reason: `expected ${closer('object')} but found ${found}` };
    case 'CloseBracketExpected':
      return { offset, reason: `expected ${closer('array')} but found ${found}` };
    case 'EndOfFileExpected':
      return { offset, reason: `expected the end of the file after the JSON value but found ${found}` };
    case 'UnexpectedEndOfString': {
      // The scanner stops a string at a line break: most often a closing quote is missing there.
      const stop = offset + length;
      if (stop < text.length) return { offset: stop, reason: 'a line break inside text in quotes must be written as an escape (is a closing quote missing?)' };
      return { offset, reason: 'this text in quotes is never closed' };
    }
    case 'InvalidCharacter':
      return { offset, reason: 'this text in quotes holds a control character, which must be written as an escape' };
    case 'InvalidEscapeCharacter':
      return { offset, reason: 'this text in quotes has an invalid escape (only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX are allowed)' };
    case 'InvalidUnicode':
      return { offset, reason: 'this text in quotes has a "\\u" escape without four hexadecimal digits after it' };
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return { offset, reason: `invalid number ${JSON.stringify(text.slice(offset, offset + length))}` };
    default: {
      // ValueExpected, InvalidSymbol, and comments (InvalidCommentToken, UnexpectedEndOfComment).
      const hint = text.charAt(offset) === "'" ? ' (JSON text must use double quotes)' : '';
      return { offset, reason: `expected a value but found ${found}${hint}` };
    }
  }
}

/** Stops the visit at the first error. */
class FirstError {
  constructor(readonly found: { offset: number; reason: string }) {}
}

/**
 * The first error in a text that is not JSON (RFC 8259, as `JSON.parse` reads it), with its line and
 * column; undefined when the text is valid JSON, or when it is nested too deeply for jsonc-parser's
 * recursive descent to reach the error (the caller still says it is not JSON, without a position).
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  if (text.trim() === '') return { offset: text.length, ...lineAndColumn(text, text.length), reason: 'the file is empty' };
  const containers: Container[] = [];
  let unknownSymbol: { error: ParseErrorCode; offset: number; length: number } | undefined;
  try {
    visit(
      text,
      {
        onObjectBegin: () => void containers.push('object'),
        onArrayBegin: () => void containers.push('array'),
        onObjectEnd: () => void containers.pop(),
        onArrayEnd: () => void containers.pop(),
        onError: (error, offset, length) => {
          // The scanner reports an unknown symbol, skips it, then the parser says what it expected there
          // ("a field name…"): that says more, about the symbol.
          if (unknownSymbol === undefined && printParseErrorCode(error) === 'InvalidSymbol') unknownSymbol = { error, offset, length };
          else throw new FirstError(explain(text, error, unknownSymbol?.offset ?? offset, unknownSymbol?.length ?? length, containers[containers.length - 1]));
        },
      },
      STRICT_JSON,
    );
    if (unknownSymbol !== undefined) throw new FirstError(explain(text, unknownSymbol.error, unknownSymbol.offset, unknownSymbol.length, containers[containers.length - 1]));
    return undefined;
  } catch (stopped) {
    if (stopped instanceof FirstError) return { offset: stopped.found.offset, ...lineAndColumn(text, stopped.found.offset), reason: stopped.found.reason };
    if (stopped instanceof RangeError) return undefined;
    throw stopped;
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
