import { describe, expect, it } from "vitest";
import { decodeBase64, encodeBase64 } from "../src/base64";
import { quoteHeaderItem, splitHeaderList, splitHttpDateList } from "../src/http/headers";
import { numberFromText } from "../src/numbers";
import { formatTimestamp, parseTimestamp } from "../src/timestamps";

describe("timestamps", () => {
  it("parses the three formats strictly", () => {
    expect(parseTimestamp("1985-04-12T23:20:50.52Z", "date-time")).toEqual(new Date("1985-04-12T23:20:50.520Z"));
    expect(parseTimestamp("Sun, 02 Jan 2000 20:34:56.000 GMT", "http-date")).toEqual(new Date("2000-01-02T20:34:56Z"));
    expect(parseTimestamp("-1.5", "epoch-seconds")).toEqual(new Date(-1500));
    expect(parseTimestamp("1515531081.1234", "epoch-seconds")).toEqual(new Date(1515531081123));
    for (const [text, format] of [
      ["1996-12-19T16:39:57-08:00", "date-time"],
      ["1996-12-19T16:39:57", "date-time"],
      ["1996-12-19 16:39:57Z", "date-time"],
      ["2019-02-29T00:00:00Z", "date-time"],
      ["2019-13-01T00:00:00Z", "date-time"],
      ["Mon, 16 Dec 2019 23:48:18 UTC", "http-date"],
      ["16 Dec 2019 23:48:18 GMT", "http-date"],
      ["1515531081.123.456", "epoch-seconds"],
      ["0x42", "epoch-seconds"],
      ["Infinity", "epoch-seconds"],
    ] as const) {
      expect(() => parseTimestamp(text, format), text).toThrow();
    }
  });

  it("formats the three formats", () => {
    const date = new Date("2019-12-16T23:48:18.250Z");
    expect(formatTimestamp(date, "epoch-seconds")).toBe(1576540098.25);
    expect(formatTimestamp(date, "date-time")).toBe("2019-12-16T23:48:18.250Z");
    expect(formatTimestamp(new Date("2019-12-16T23:48:18Z"), "date-time")).toBe("2019-12-16T23:48:18Z");
    expect(formatTimestamp(date, "http-date")).toBe("Mon, 16 Dec 2019 23:48:18 GMT");
  });
});

describe("header lists", () => {
  it("splits on commas outside quotes and unescapes quoted items", () => {
    expect(splitHeaderList('"b,c", "\\"def\\"", a')).toEqual(["b,c", '"def"', "a"]);
    expect(splitHeaderList("a, b,c ,")).toEqual(["a", "b", "c", ""]);
    expect(splitHttpDateList("Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT")).toEqual([
      "Mon, 16 Dec 2019 23:48:18 GMT",
      "Tue, 17 Dec 2019 23:48:18 GMT",
    ]);
  });

  it("quotes items that would not round-trip", () => {
    expect(["plain", "with,comma", 'with"quote', " padded"].map(quoteHeaderItem)).toEqual(["plain", '"with,comma"', '"with\\"quote"', '" padded"']);
  });
});

describe("numbers and base64", () => {
  it("checks integer ranges exactly and rejects non-decimal spellings", () => {
    expect(numberFromText("-9223372036854775808", "long", false)).toBe(-9223372036854775808);
    expect(() => numberFromText("9223372036854775808", "long", false)).toThrow();
    expect(() => numberFromText("1e2", "integer", false)).toThrow();
    expect(numberFromText("123456789012345678901234567890", "bigInteger", false)).toBe(123456789012345678901234567890n);
    expect(numberFromText("-Infinity", "double", true)).toBe(Number.NEGATIVE_INFINITY);
    expect(() => numberFromText("NaN", "double", false)).toThrow();
    expect(() => numberFromText("1e400", "double", false)).toThrow();
  });

  it("accepts only padded standard base64", () => {
    expect(decodeBase64("YmxvYg==").toString()).toBe("blob");
    for (const bad of ["YmxvYg=", "YmxvYg", "-_==", "[][]", "xyz"]) expect(() => decodeBase64(bad), bad).toThrow();
    expect(encodeBase64(new Uint8Array([255, 0]))).toBe("/wA=");
    expect(encodeBase64("true")).toBe("dHJ1ZQ==");
  });
});
