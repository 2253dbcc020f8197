/**
 * AWS models are authored against Java's regex dialect and sometimes use its `\p{IsX}`
 * property names (CodeArtifact: `^[^\p{C}\p{IsWhitespace}]+$`), which neither RE2 nor
 * ECMA-262 know. They are rewritten into equivalent class items before compilation.
 */
const WHITE_SPACE = "\\t\\n\\x{0B}\\f\\r \\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}";

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
};

/** Rewrites Java-only `\p{IsX}` items; everything else is left as written. */
export function rewriteJavaClasses(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\\") {
      const property = /^\\p\{(\w+)\}/.exec(pattern.slice(i));
      const items = property ? JAVA_PROPERTIES[property[1]] : undefined;
      if (property && items) {
        out += inClass ? items : `[${items}]`;
        i += property[0].length - 1;
      } else {
        out += pattern.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (char === "[" && !inClass) inClass = true;
    else if (char === "]" && inClass) inClass = false;
    out += char;
  }
  return out;
}
