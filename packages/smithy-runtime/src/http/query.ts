import { serializationError } from "../protocol-errors";

/** Query parameters in request order; a key without `=` has the value "". */
export type QueryMap = Map<string, string[]>;

/**
 * Parses a raw query string with RFC 3986 percent-decoding. '+' is kept literally: AWS
 * clients percent-encode spaces, and form decoding would corrupt values such as semver
 * build metadata.
 */
export function parseQuery(raw: string): QueryMap {
  const query: QueryMap = new Map();
  if (raw === "") return query;
  // indexOf walks rather than split(): V8's split costs several times more on short strings.
  let start = 0;
  while (start <= raw.length) {
    let end = raw.indexOf("&", start);
    if (end === -1) end = raw.length;
    if (end > start) {
      const part = raw.slice(start, end);
      const eq = part.indexOf("=");
      const key = decodeComponent(eq === -1 ? part : part.slice(0, eq));
      const value = eq === -1 ? "" : decodeComponent(part.slice(eq + 1));
      const values = query.get(key);
      if (values) values.push(value);
      else query.set(key, [value]);
    }
    start = end + 1;
  }
  return query;
}

export function decodeComponent(text: string): string {
  if (!text.includes("%")) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    throw serializationError(`Invalid percent-encoding in '${text}'`);
  }
}
