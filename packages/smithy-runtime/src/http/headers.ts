import type { IncomingHttpHeaders } from "node:http";

/** A request header as one string; Node already joins repeated headers with ", ". */
export function headerValue(headers: IncomingHttpHeaders, lowerName: string): string | undefined {
  const value = headers[lowerName];
  return Array.isArray(value) ? value.join(", ") : value;
}

/** Splits a list-valued header on commas, honouring double-quoted items with `\` escapes. */
export function splitHeaderList(value: string): string[] {
  const items: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (value[i] === " " || value[i] === "\t")) i++;
    if (value[i] === '"') {
      let item = "";
      i++;
      while (i < value.length && value[i] !== '"') {
        if (value[i] === "\\" && i + 1 < value.length) i++;
        item += value[i++];
      }
      i++;
      const comma = value.indexOf(",", i);
      items.push(item);
      i = comma === -1 ? value.length : comma + 1;
    } else {
      const comma = value.indexOf(",", i);
      const end = comma === -1 ? value.length : comma;
      items.push(value.slice(i, end).trim());
      i = end + 1;
    }
  }
  if (/,\s*$/.test(value)) items.push("");
  return items;
}

/** http-date values contain one comma each ("Mon, 16 Dec 2019 ..."), so a list pairs them up. */
export function splitHttpDateList(value: string): string[] {
  const parts = value.split(",").map((p) => p.trim());
  const dates: string[] = [];
  for (let i = 0; i < parts.length; i += 2) dates.push(parts[i + 1] === undefined ? parts[i] : `${parts[i]}, ${parts[i + 1]}`);
  return dates;
}

/** Quotes a list item when it would not survive `splitHeaderList` unquoted. */
export function quoteHeaderItem(item: string): string {
  if (!/[",]/.test(item) && item.trim() === item) return item;
  return `"${item.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}
