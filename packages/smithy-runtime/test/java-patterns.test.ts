import { describe, expect, it } from "vitest";
import { matchesPattern, patternError } from "../src/validate/pattern";
import { rewriteJavaClasses } from "../src/validate/java-classes";

describe("Java regex dialect of AWS models", () => {
  it("rewrites POSIX and Java property classes, \\A and \\z", () => {
    expect(rewriteJavaClasses("^[\\p{XDigit}]{2}\\p{Upper}$")).toBe("^[0-9a-fA-F]{2}[A-Z]$");
    expect(rewriteJavaClasses("^\\A[a-z]+\\z$")).toBe("^^[a-z]+$$");
    expect(matchesPattern("^[\\p{all}]*$", "any\nthing")).toBe(true);
    expect(matchesPattern("^\\p{XDigit}{4}$", "0aF9")).toBe(true);
    expect(matchesPattern("^\\p{XDigit}{4}$", "0aG9")).toBe(false);
  });

  it("drops possessive quantifiers, keeps lazy ones, groups stacked quantifiers, drops quantified anchors", () => {
    expect(rewriteJavaClasses("^[\\/]?+a*?b++c$")).toBe("^[\\/]?a*?b+c$");
    expect(rewriteJavaClasses("^[0-9a-zA-Z]{11}{0,1011}$")).toBe("^(?:[0-9a-zA-Z]{11}){0,1011}$");
    expect(rewriteJavaClasses("^x${1,4096}$")).toBe("^x$$");
    expect(matchesPattern("^[a-z]{2}{0,3}$", "abab")).toBe(true);
    expect(matchesPattern("^[a-z]{2}{0,3}$", "aba")).toBe(false);
  });

  it("compiles patterns only the legacy JS mode accepts (identity escapes, \\w in a class range)", () => {
    for (const pattern of [
      "^[a-zA-Z0-9\\/\\+\\=]{0,2048}$",
      "^arn:aws[a-z0-9-]*:iam::\\d{12}:role\\/[\\w-\\/.@+=,]{1,1017}$",
      "^(\\/|(\\/(?!\\.)+[^$#<>;`|&?{}^*/\\n]+){1,4})$",
    ]) {
      expect(patternError(pattern)).toBeUndefined();
    }
    expect(matchesPattern("^[a-zA-Z0-9\\/\\+\\=]{0,2048}$", "ab+/=")).toBe(true);
  });
});
