import { RE2JS } from "re2js";
import { rewriteJavaClasses } from "./java-classes";

type Matcher = (text: string) => boolean;

const cache = new Map<string, Matcher>();

/**
 * Tests a `@pattern` (ECMA-262 dialect, not implicitly anchored) with RE2's linear-time
 * engine so hostile input cannot trigger catastrophic backtracking. Patterns RE2 cannot
 * compile (lookaheads, backreferences) fall back to the JS engine, in Unicode mode when the
 * pattern allows it, else in the legacy mode that accepts Java's identity escapes (`\=`, `\#`)
 * and class ranges such as `[\w-\/]`.
 */
export function matchesPattern(pattern: string, text: string): boolean {
  let matcher = cache.get(pattern);
  if (!matcher) {
    matcher = compile(pattern);
    cache.set(pattern, matcher);
  }
  return matcher(text);
}

/** Why a modeled pattern cannot be used, or undefined when it compiles (checked at generation time). */
export function patternError(modeled: string): string | undefined {
  try {
    compile(modeled);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

function compile(modeled: string): Matcher {
  const pattern = rewriteJavaClasses(modeled);
  try {
    const re2 = RE2JS.compile(pattern);
    return (text) => re2.test(text);
  } catch {
    let regexp: RegExp;
    try {
      regexp = new RegExp(pattern, "u");
    } catch {
      regexp = new RegExp(pattern);
    }
    return (text) => regexp.test(text);
  }
}
export { rewriteJavaClasses } from "./java-classes";
