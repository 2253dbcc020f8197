/**
 * AWS models are authored against Java's regex dialect and use parts of it that neither RE2 nor
 * ECMA-262 know: `\p{IsX}` and POSIX property names (CodeArtifact: `^[^\p{C}\p{IsWhitespace}]+$`,
 * DLM: `\p{all}`, OpenSearch: `\p{XDigit}`), `\A` and `\z` anchors, possessive quantifiers
 * (Lex: `[\/]?+`), a quantifier applied to a quantified atom (`[0-9]{11}{0,1011}`) or to an
 * anchor. They are rewritten into equivalents before compilation; possessive quantifiers become
 * greedy ones, which accept at least what the possessive form accepts.
 */
// Written as the characters themselves: RE2 and ECMA-262 spell code-point escapes differently.
const WHITE_SPACE = `\\t\\n\\x0B\\f\\r ${String.fromCodePoint(0x85, 0xa0, 0x1680, 0x2000)}-${String.fromCodePoint(0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000)}`;

const JAVA_PROPERTIES: Record<string, string> = {
  IsWhitespace: WHITE_SPACE,
  IsWhite_Space: WHITE_SPACE,
  IsAlphabetic: "\\p{L}\\p{Nl}",
  IsLetter: "\\p{L}",
  IsDigit: "\\p{Nd}",
  IsUppercase: "\\p{Lu}",
  IsLowercase: "\\p{Ll}",
  IsPunctuation: "\\p{P}",
  IsControl: "\\p{Cc}",
  // POSIX classes: US-ASCII only, as in Java without UNICODE_CHARACTER_CLASS.
  all: "\\s\\S",
  ASCII: "\\x00-\\x7F",
  Alpha: "a-zA-Z",
  Alnum: "a-zA-Z0-9",
  Digit: "0-9",
  Upper: "A-Z",
  Lower: "a-z",
  XDigit: "0-9a-fA-F",
  Punct: "!-\\/:-@\\[-`{-~",
  Graph: "!-~",
  Print: " -~",
  Blank: " \\t",
  Space: " \\t\\n\\x0B\\f\\r",
  Cntrl: "\\x00-\\x1F\\x7F",
};

/** Java anchors with an ECMA-262 equivalent (the pattern is matched against the whole value). */
const ANCHORS: Record<string, string> = { A: "^", z: "$", Z: "$" };

/** Rewrites the Java-only items; everything else is left as written. */
export function rewriteJavaClasses(pattern: string): string {
  let out = "";
  let inClass = false;
  // Start of the last atom outside classes in `out`, and whether a quantifier already follows it.
  let atomStart = -1;
  let quantified = false;
  const groupStarts: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\\") {
      const property = /^\\p\{(\w+)\}/.exec(pattern.slice(i));
      const items = property ? JAVA_PROPERTIES[property[1]] : undefined;
      const start = out.length;
      if (property && items) {
        out += inClass ? items : `[${items}]`;
        i += property[0].length - 1;
      } else if (!inClass && ANCHORS[pattern[i + 1]] !== undefined) {
        out += ANCHORS[pattern[i + 1]];
        i++;
      } else {
        out += pattern.slice(i, i + 2);
        i++;
      }
      if (!inClass) [atomStart, quantified] = [start, false];
      continue;
    }
    if (inClass) {
      if (char === "]") inClass = false;
      out += char;
      continue;
    }
    if (char === "[") {
      inClass = true;
      [atomStart, quantified] = [out.length, false];
      out += char;
      // A `]` right after `[` or `[^` is a literal member of the class.
      if (pattern[i + 1] === "^") out += pattern[++i];
      if (pattern[i + 1] === "]") out += pattern[++i];
      continue;
    }
    if (char === "(") {
      groupStarts.push(out.length);
      out += char;
      continue;
    }
    if (char === ")") {
      [atomStart, quantified] = [groupStarts.pop() ?? -1, false];
      out += char;
      continue;
    }
    const quantifier = char === "?" || char === "*" || char === "+" || char === "{" ? /^(?:[?*+]|\{\d+(?:,\d*)?\})/.exec(pattern.slice(i))?.[0] : undefined;
    if (quantifier !== undefined && /[$^]$/.test(out) && atomStart === -1) {
      // A repeated anchor (IoT Wireless: `${1,4096}`) matches like the anchor itself.
      i += quantifier.length - 1;
      continue;
    }
    if (quantifier !== undefined && pattern[i - 1] !== "(" && atomStart >= 0) {
      if (quantified && (quantifier === "+" || quantifier === "?") && /[?*+}]$/.test(out)) {
        // Possessive (`?+`, `*+`, `}+`) or lazy (`??`, `*?`) suffix: keep lazy, drop possessive.
        if (quantifier === "?") out += quantifier;
        continue;
      }
      if (quantified) out = `${out.slice(0, atomStart)}(?:${out.slice(atomStart)})`;
      out += quantifier;
      quantified = true;
      i += quantifier.length - 1;
      continue;
    }
    if (char !== "|" && char !== "^" && char !== "$") [atomStart, quantified] = [out.length, false];
    else atomStart = -1;
    out += char;
  }
  return out;
}
