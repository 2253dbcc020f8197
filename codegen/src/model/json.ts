/**
 * Parses a JSON AST file. Integer literals beyond Number.MAX_SAFE_INTEGER become strings so that
 * range bounds and defaults keep their exact value (the schema contract allows numbers as strings).
 */
export function parseModelJson(text: string): unknown {
  return JSON.parse(quoteUnsafeIntegers(text));
}

const NUMBER_START = /[-0-9]/;
const NUMBER_TOKEN = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function quoteUnsafeIntegers(text: string): string {
  let out = "";
  let copiedUpTo = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i = skipString(text, i);
      continue;
    }
    if (NUMBER_START.test(c)) {
      NUMBER_TOKEN.lastIndex = i;
      const match = NUMBER_TOKEN.exec(text);
      if (match) {
        const token = match[0];
        if (/^-?\d+$/.test(token) && !Number.isSafeInteger(Number(token))) {
          out += text.slice(copiedUpTo, i) + `"${token}"`;
          copiedUpTo = i + token.length;
        }
        i += token.length;
        continue;
      }
    }
    i++;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

/** Returns the index just past the string literal starting at `start`. */
function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\") i += 2;
    else if (c === '"') return i + 1;
    else i++;
  }
  return i;
}
