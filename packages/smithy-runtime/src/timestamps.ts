import { serializationError } from "./protocol-errors";
import type { TimestampFormat } from "./schema";

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[Zz]$/;
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/;
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
  return `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} GMT`;
}

function parseEpochText(text: string): Date | undefined {
  const m = EPOCH_SECONDS.exec(text);
  if (!m) return undefined;
  const millis = Number(m[2]) * 1000 + fractionMillis(m[3]);
  return new Date(m[1] === "-" ? -millis : millis);
}

function parseDateTime(text: string): Date | undefined {
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  return fromParts(+m[1], +m[2], +m[3], +m[4], +m[5], +m[6], m[7]);
}

function parseHttpDate(text: string): Date | undefined {
  const m = HTTP_DATE.exec(text);
  if (!m) return undefined;
  return fromParts(+m[4], MONTHS.indexOf(m[3]) + 1, +m[2], +m[5], +m[6], +m[7], m[8]);
}

function fromParts(year: number, month: number, day: number, hour: number, minute: number, second: number, fraction?: string): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, fractionMillis(fraction));
  return date;
}

function fractionMillis(fraction: string | undefined): number {
  return fraction ? Number(fraction.slice(0, 3).padEnd(3, "0")) : 0;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
