/**
 * Names for enum values that have none (Smithy 1.0 `@enum` entries may omit `name`): an upper
 * snake-case identifier derived from the value, made unique within the enum.
 */
export function inventEnumNames(values: readonly string[], given: ReadonlyArray<string | undefined> = []): string[] {
  const used = new Set(given.filter((name): name is string => name !== undefined));
  return values.map((value, index) => {
    const explicit = given[index];
    if (explicit !== undefined) return explicit;
    const base = nameFromValue(value);
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    return name;
  });
}

function nameFromValue(value: string): string {
  const words = value
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toUpperCase();
  if (words === "") return "VALUE";
  return /^[0-9]/.test(words) ? `_${words}` : words;
}
