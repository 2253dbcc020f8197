import type { JsonValue, PackageDependency } from "@codeartifact-local/package-service";

// One line of a sparse index file: a version of a crate, its dependencies and features, its
// checksum and whether it is yanked. The endpoint keeps a version's line (without `cksum` and
// `yanked`, which come from the stored asset and the version's status) in its format metadata,
// so index files are rendered without opening crates.

export interface IndexDependency {
  /** The name the dependent uses (renamed dependencies carry the real crate in `package`). */
  name: string;
  req: string;
  features: string[];
  optional: boolean;
  default_features: boolean;
  target: string | null;
  kind: string;
  /** The index URL of another registry; absent or null for this one. */
  registry?: string | null;
  package?: string | null;
}

export interface IndexLine {
  name: string;
  vers: string;
  deps: IndexDependency[];
  cksum: string;
  features: Record<string, string[]>;
  yanked: boolean;
  links?: string | null;
  v?: number;
  features2?: Record<string, string[]>;
  rust_version?: string | null;
  [field: string]: unknown;
}

/** A line as stored: everything but the checksum and the yanked flag. */
export type StoredLine = Omit<IndexLine, "cksum" | "yanked">;

const CKSUM = /^[0-9a-f]{64}$/;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string");

export function isFeatureMap(value: unknown): value is Record<string, string[]> {
  return isObject(value) && Object.values(value).every(isStringArray);
}

function dependencyOf(value: unknown): IndexDependency | undefined {
  if (!isObject(value) || typeof value.name !== "string" || typeof value.req !== "string") return undefined;
  return {
    ...value,
    name: value.name,
    req: value.req,
    features: isStringArray(value.features) ? value.features : [],
    optional: value.optional === true,
    default_features: value.default_features !== false,
    target: typeof value.target === "string" ? value.target : null,
    kind: typeof value.kind === "string" ? value.kind : "normal",
  };
}

/** A line of an upstream index file, or undefined when it is not one (such lines are skipped, as cargo skips them). */
export function parseIndexLine(text: string): IndexLine | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value) || typeof value.name !== "string" || typeof value.vers !== "string") return undefined;
  if (typeof value.cksum !== "string" || !CKSUM.test(value.cksum)) return undefined;
  const deps = Array.isArray(value.deps) ? value.deps.map(dependencyOf) : [];
  if (deps.some((d) => d === undefined)) return undefined;
  return {
    ...value,
    name: value.name,
    vers: value.vers,
    deps: deps as IndexDependency[],
    cksum: value.cksum,
    features: isFeatureMap(value.features) ? value.features : {},
    yanked: value.yanked === true,
  };
}

/** Every valid line of an index file, in file order. */
export function parseIndexFile(text: string): IndexLine[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map(parseIndexLine)
    .filter((line): line is IndexLine => line !== undefined);
}

/** The line kept in a version's format metadata (`{ index: <line> }`). */
export function storedFormatMetadata(line: StoredLine | IndexLine): JsonValue {
  const { cksum: _cksum, yanked: _yanked, ...stored } = line as IndexLine;
  return { index: stored as unknown as JsonValue };
}

/** The stored line of a version, or undefined when its format metadata has none. */
export function storedLineOf(formatMetadata: JsonValue | undefined): StoredLine | undefined {
  if (!isObject(formatMetadata) || !isObject(formatMetadata.index)) return undefined;
  const line = formatMetadata.index;
  if (typeof line.name !== "string" || typeof line.vers !== "string" || !Array.isArray(line.deps)) return undefined;
  return line as unknown as StoredLine;
}

/** The line served for a stored version. Fields in the order crates.io writes them. */
export function servedLine(stored: StoredLine, cksum: string, yanked: boolean): IndexLine {
  const { name, vers, deps, features, cksum: _cksum, yanked: _yanked, ...rest } = stored as IndexLine;
  return { name, vers, deps, cksum, features, yanked, ...rest };
}

/** Dependencies as the API reports them: the real crate name, the kind, the requirement. */
export function dependenciesOf(deps: readonly IndexDependency[]): PackageDependency[] {
  return deps.map((dep) => ({
    package: typeof dep.package === "string" && dep.package !== "" ? dep.package : dep.name,
    dependencyType: dep.kind,
    versionRequirement: dep.req,
  }));
}
