import { localNameOf, namespaceOf } from "./ast";

/** Words that cannot name a type or a value in TypeScript. */
const KEYWORDS = [
  "any",
  "as",
  "async",
  "await",
  "bigint",
  "boolean",
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "declare",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "from",
  "function",
  "get",
  "if",
  "implements",
  "import",
  "in",
  "infer",
  "instanceof",
  "interface",
  "is",
  "keyof",
  "let",
  "module",
  "namespace",
  "never",
  "new",
  "null",
  "number",
  "object",
  "of",
  "package",
  "private",
  "protected",
  "public",
  "readonly",
  "require",
  "return",
  "set",
  "static",
  "string",
  "super",
  "switch",
  "symbol",
  "this",
  "throw",
  "true",
  "try",
  "type",
  "typeof",
  "undefined",
  "unique",
  "unknown",
  "var",
  "void",
  "while",
  "with",
  "yield",
];

/** Globals and imported names the generated files use or that readers expect to keep their meaning. */
const GLOBALS = [
  "Array",
  "ArrayBuffer",
  "BigInt",
  "Boolean",
  "Buffer",
  "Date",
  "Error",
  "Function",
  "Iterable",
  "JSON",
  "Map",
  "Math",
  "Number",
  "Object",
  "Partial",
  "Promise",
  "ReadonlyArray",
  "Record",
  "RegExp",
  "Required",
  "Set",
  "String",
  "Symbol",
  "Uint8Array",
  "URL",
  // imported into generated files
  "Readable",
  "JsonValue",
  "ModeledError",
  "InputValidator",
  "validateShape",
  "ServiceSchema",
  "RequestContext",
  "FastifyPluginAsync",
  "createServiceRuntime",
  "ServiceRuntimeOptions",
  // declared by generated files
  "serviceSchema",
  "operationNames",
  "acceptEmptyInput",
  "Ctx",
];

const RESERVED: ReadonlySet<string> = new Set([...KEYWORDS, ...GLOBALS]);

export interface TypeNameRequest {
  ids: readonly string[];
  /** Error shapes also claim `<Name>Fields` (their members interface). */
  errorIds: ReadonlySet<string>;
  serviceNamespace: string;
  rename: Readonly<Record<string, string>>;
  /** Further names taken by the generated files (handler interface, plugin, validators). */
  reserved: Iterable<string>;
}

/**
 * One unique TypeScript-safe name per shape: the (renamed) shape name; a name shared by several
 * shapes stays with the one in the service namespace, the others are prefixed with their namespace's
 * trailing parts (`SharedStringList`). Names of globals, keywords and generated declarations get a
 * `Shape` suffix.
 */
export function assignTypeNames(request: TypeNameRequest): Record<string, string> {
  const reserved = new Set([...RESERVED, ...request.reserved]);
  const base = new Map(request.ids.map((id) => [id, baseName(request.rename[id] ?? localNameOf(id), reserved)]));
  const counts = new Map<string, number>();
  for (const name of base.values()) counts.set(name, (counts.get(name) ?? 0) + 1);

  const taken = new Set(reserved);
  const fits = (id: string, name: string): boolean => !taken.has(name) && !(request.errorIds.has(id) && taken.has(`${name}Fields`));

  const ordered = [...request.ids].sort((a, b) => {
    const aLocal = namespaceOf(a) === request.serviceNamespace ? 0 : 1;
    const bLocal = namespaceOf(b) === request.serviceNamespace ? 0 : 1;
    return aLocal - bLocal || (a < b ? -1 : a > b ? 1 : 0);
  });

  const names: Record<string, string> = {};
  for (const id of ordered) {
    const name = base.get(id)!;
    const keepsPlainName = counts.get(name) === 1 || namespaceOf(id) === request.serviceNamespace;
    const parts = namespaceOf(id).split(".").map(pascalCase);
    const candidates = [...(keepsPlainName ? [name] : []), ...parts.map((_, i) => parts.slice(parts.length - 1 - i).join("") + name)];
    let chosen = candidates.find((candidate) => fits(id, candidate));
    for (let n = 2; chosen === undefined; n++) {
      if (fits(id, `${name}${n}`)) chosen = `${name}${n}`;
    }
    names[id] = chosen;
    taken.add(chosen);
    if (request.errorIds.has(id)) taken.add(`${chosen}Fields`);
  }
  return names;
}

function baseName(raw: string, reserved: ReadonlySet<string>): string {
  let name = raw.replace(/[^A-Za-z0-9_$]/g, "_");
  if (/^[0-9]/.test(name)) name = `_${name}`;
  return reserved.has(name) ? `${name}Shape` : name;
}

function pascalCase(part: string): string {
  const clean = part.replace(/[^A-Za-z0-9]/g, "");
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}
