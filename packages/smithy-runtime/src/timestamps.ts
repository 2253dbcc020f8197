import { dateToUtcString, parseRfc3339DateTimeWithOffset, parseRfc7231DateTime } from "@smithy/core/serde";
import { orUndefined } from "./or-undefined";
import { serializationError } from "./protocol-errors";
import type { TimestampFormat } from "./schema";

const parseRfc3339 = orUndefined(parseRfc3339DateTimeWithOffset);
const parseHttpDate = orUndefined(parseRfc7231DateTime);

const EPOCH_SECONDS = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Parses a timestamp written as text (headers, query, labels, JSON strings). */
export function parseTimestamp(text: string, format: TimestampFormat): Date {
  const date = format === "epoch-seconds" ? parseEpochText(text) : format === "date-time" ? parseDateTime(text) : parseHttpDate(text);
  if (!date) throw serializationError(`Expected a ${format} timestamp but got '${text}'`);
  return date;
}

/** Converts a JSON number of epoch seconds (fractions allowed) to a Date. */
export function epochSecondsToDate(seconds: number): Date {
  return new Date(Math.round(seconds * 1000));
}

export function formatTimestamp(date: Date, format: TimestampFormat): string | number {
  if (format === "epoch-seconds") return date.getTime() / 1000;
  if (format === "date-time") return date.toISOString().replace(".000Z", "Z");
  return dateToUtcString(date);
}

function parseEpochText(text: string): Date | undefined {
  const m = EPOCH_SECONDS.exec(text);
  if (!m) return undefined;
  const millis = Number(m[2]) * 1000 + fractionMillis(m[3]);
  return new Date(m[1] === "-" ? -millis : millis);
}

/**
 * Smithy's date-time has no UTC offset; @smithy/core's parser, made for clients, accepts one, which
 * a server must refuse (compliance cases RestJsonBodyTimestampDateTimeRejectsUTCOffsets,
 * RestJsonPathTimestampDefaultRejectsUTCOffsets).
 */
function parseDateTime(text: string): Date | undefined {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 90 && last !== 122) return undefined; // "Z" or "z"
  return parseRfc3339(text);
}

function fractionMillis(fraction: string | undefined): number {
  return fraction ? Number(fraction.slice(0, 3).padEnd(3, "0")) : 0;
}
