import { gunzipSync } from "node:zlib";
import { parseDocument, type CollectionTag } from "yaml";
import { isGemName, isPlatform } from "./names";
import { isGemVersion } from "./version-order";

// A gem's specification, as `gem build` writes it into the gem's `metadata.gz`: YAML of a
// Gem::Specification with Ruby tags (`!ruby/object:Gem::Version`, `Gem::Requirement`,
// `Gem::Dependency`, `Gem::Platform`). It is read as plain data, never as objects: the tags are
// accepted and their mappings read like any other, every scalar is a string (the failsafe schema,
// so `1.10` stays `1.10`), and only the fields RubyGems' indexes carry are kept.

/** `[operator, version]` pairs, as in Gem::Requirement. */
export type GemRequirement = Array<[string, string]>;

export interface GemDependency {
  name: string;
  requirement: GemRequirement;
  type: "runtime" | "development";
}

export interface GemSpec {
  name: string;
  version: string;
  platform: string;
  summary?: string;
  description?: string;
  homepage?: string;
  email?: string | string[];
  authors: string[];
  licenses: string[];
  metadata: Record<string, string>;
  dependencies: GemDependency[];
  requiredRubyVersion: GemRequirement;
  requiredRubygemsVersion: GemRequirement;
  /** YYYY-MM-DD. */
  date?: string;
  rubygemsVersion?: string;
  specificationVersion?: number;
}

export class GemFormatError extends Error {}

/** The limits a pushed or fetched gem's metadata must stay within. */
const MAX_METADATA_BYTES = 16 * 1024 * 1024;
const OPERATORS = new Set(["=", "!=", ">", "<", ">=", "<=", "~>"]);
const ANY: GemRequirement = [[">=", "0"]];

const RUBY_TAGS: CollectionTag[] = ["Specification", "Version", "Requirement", "Dependency", "Platform", "Version::Requirement"].map((name) => ({
  tag: `!ruby/object:Gem::${name}`,
  collection: "map",
  resolve: (map) => map,
}));

type Plain = Record<string, unknown>;

const isObject = (value: unknown): value is Plain => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v !== "") : []);

/** A Gem::Requirement mapping (`requirements: [[op, {version}]]`) as pairs; `>= 0` when absent. */
function requirementOf(value: unknown, what: string): GemRequirement {
  if (!isObject(value) || !Array.isArray(value.requirements)) return ANY;
  const pairs: GemRequirement = [];
  for (const entry of value.requirements) {
    const [op, version] = Array.isArray(entry) ? entry : [];
    const v = isObject(version) ? text(version.version) : text(version);
    if (typeof op !== "string" || !OPERATORS.has(op) || !v || !isGemVersion(v)) throw new GemFormatError(`Invalid requirement in ${what}.`);
    pairs.push([op, v]);
  }
  return pairs.length ? pairs : ANY;
}

function platformOf(value: unknown): string {
  if (isObject(value)) {
    // A Gem::Platform mapping: cpu-os[-version].
    const parts = [text(value.cpu), text(value.os), text(value.version)].filter((p) => p !== undefined);
    return parts.length ? parts.join("-") : "ruby";
  }
  return text(value) ?? "ruby";
}

/** The specification in a gem's metadata (YAML text). */
export function parseSpecYaml(yamlText: string): GemSpec {
  const doc = parseDocument(yamlText, { schema: "failsafe", customTags: RUBY_TAGS, uniqueKeys: false, logLevel: "silent" });
  if (doc.errors.length) throw new GemFormatError(`The gem's metadata is not valid YAML: ${doc.errors[0].message}`);
  let spec: unknown;
  try {
    spec = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias bomb, or a document yaml cannot turn into data.
    throw new GemFormatError(`The gem's metadata cannot be read: ${(error as Error).message}`);
  }
  if (!isObject(spec)) throw new GemFormatError("The gem's metadata is not a Gem::Specification.");
  const name = text(spec.name);
  if (!name || !isGemName(name)) throw new GemFormatError(`Invalid gem name ${JSON.stringify(spec.name ?? "")}.`);
  const version = isObject(spec.version) ? text(spec.version.version) : text(spec.version);
  if (!version || !isGemVersion(version)) throw new GemFormatError(`Invalid version ${JSON.stringify(version ?? "")} of gem ${name}.`);
  const platform = platformOf(spec.platform);
  if (!isPlatform(platform)) throw new GemFormatError(`Invalid platform ${JSON.stringify(platform)} of gem ${name}.`);

  const dependencies: GemDependency[] = [];
  for (const entry of Array.isArray(spec.dependencies) ? spec.dependencies : []) {
    const dep = isObject(entry) ? text(entry.name) : undefined;
    if (!dep || !isGemName(dep) || !isObject(entry)) throw new GemFormatError(`Invalid dependency of gem ${name}.`);
    const type = entry.type === ":development" ? "development" : "runtime";
    dependencies.push({ name: dep, requirement: requirementOf(entry.requirement ?? entry.version_requirements, `dependency ${dep}`), type });
  }
  const metadata: Record<string, string> = {};
  if (isObject(spec.metadata)) for (const [key, value] of Object.entries(spec.metadata)) if (typeof value === "string") metadata[key] = value;
  const email = Array.isArray(spec.email) ? texts(spec.email) : text(spec.email);
  const specificationVersion = Number.parseInt(text(spec.specification_version) ?? "", 10);
  return {
    name,
    version,
    platform,
    summary: text(spec.summary),
    description: text(spec.description),
    homepage: text(spec.homepage),
    ...(email !== undefined ? { email } : {}),
    authors: texts(spec.authors),
    licenses: texts(spec.licenses),
    metadata,
    dependencies,
    requiredRubyVersion: requirementOf(spec.required_ruby_version, "required_ruby_version"),
    requiredRubygemsVersion: requirementOf(spec.required_rubygems_version, "required_rubygems_version"),
    date: /^(\d{4}-\d{2}-\d{2})/.exec(text(spec.date) ?? "")?.[1],
    rubygemsVersion: text(spec.rubygems_version),
    specificationVersion: Number.isFinite(specificationVersion) ? specificationVersion : undefined,
  };
}

/** The specification in a gem's `metadata.gz`. */
export function parseMetadataGz(compressed: Buffer): GemSpec {
  let yamlText: string;
  try {
    yamlText = gunzipSync(compressed, { maxOutputLength: MAX_METADATA_BYTES }).toString("utf8");
  } catch (error) {
    throw new GemFormatError(`The gem's metadata.gz cannot be read: ${(error as Error).message}`);
  }
  return parseSpecYaml(yamlText);
}

/** A requirement as the compact index and the dependency API write it: `>= 1.0, < 3`. */
export function requirementText(requirement: GemRequirement): string {
  return requirement.map(([op, version]) => `${op} ${version}`).join(", ");
}

export { MAX_METADATA_BYTES };
