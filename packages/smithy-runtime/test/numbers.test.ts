import { describe, expect, it } from "vitest";
import { numberFromText } from "../src/numbers";

describe("numberFromText for integer types", () => {
  it("accepts each type's bounds and refuses one past them, for short and long texts alike", () => {
    expect(numberFromText("-128", "byte", false)).toBe(-128);
    expect(() => numberFromText("128", "byte", false)).toThrow(/out of range for byte/);
    expect(numberFromText("2147483647", "integer", false)).toBe(2147483647);
    expect(() => numberFromText("-2147483649", "integer", false)).toThrow(/out of range for integer/);
    expect(() => numberFromText("0000000000000002147483648", "integer", false)).toThrow(/out of range for integer/);
    expect(numberFromText("999999999999999", "long", false)).toBe(999999999999999);
    expect(numberFromText("9007199254740993", "long", false)).toBe(9007199254740992); // a long beyond 2^53 rounds as Number does
    expect(() => numberFromText("9223372036854775808", "long", false)).toThrow(/out of range for long/);
  });

  it("reads -0 as 0 and refuses fractions", () => {
    expect(Object.is(numberFromText("-0", "integer", false), 0)).toBe(true);
    expect(() => numberFromText("1.0", "integer", false)).toThrow(/Expected an integer/);
  });
});
