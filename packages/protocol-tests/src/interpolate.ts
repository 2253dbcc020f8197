/**
 * Test-parameter substitution of `httpMalformedRequestTests`, following the CodeWriter
 * conventions the spec refers to: `$name:L` inserts the value as is, `$name:S` inserts it as a
 * quoted, escaped string literal, and `$$` is a literal `$`.
 */
const TOKEN = /\$(?:\$|([A-Za-z_][A-Za-z0-9_]*):([LS]))/g;

export function interpolate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(TOKEN, (token, name: string | undefined, format: string | undefined) => {
    if (name === undefined) return "$";
    const value = values[name];
    if (value === undefined) throw new Error(`Unknown test parameter '${name}' in ${JSON.stringify(text)}`);
    return format === "S" ? JSON.stringify(value) : value;
  });
}

/** Applies `interpolate` to every string inside a JSON-like value. */
export function interpolateDeep<T>(value: T, values: Readonly<Record<string, string>>): T {
  if (typeof value === "string") return interpolate(value, values) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => interpolateDeep(item, values)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateDeep(item, values)])) as T;
  }
  return value;
}

/**
 * One parameter set per index of the (equal-length) value lists; an empty list when the
 * test has no parameters.
 */
export function parameterSets(testParameters: Readonly<Record<string, readonly string[]>> | undefined): Array<Record<string, string>> {
  const entries = Object.entries(testParameters ?? {});
  if (entries.length === 0) return [];
  const length = entries[0][1].length;
  for (const [name, list] of entries) {
    if (list.length !== length) throw new Error(`testParameters '${name}' has ${list.length} values, expected ${length}`);
  }
  return Array.from({ length }, (_, i) => Object.fromEntries(entries.map(([name, list]) => [name, list[i]])));
}
