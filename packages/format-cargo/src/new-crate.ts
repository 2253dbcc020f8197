import semver from "semver";
import type { VersionMetadata } from "@codeartifact-local/package-service";
import { dependenciesOf, isFeatureMap, isObject, storedFormatMetadata, type IndexDependency, type StoredLine } from "./index-line";
import { isCrateName } from "./names";
import { CargoError } from "./replies";

// The JSON metadata of `cargo publish` (the web API's "new crate" document) turned into the
// version's index line and what the package service records. The publish names dependencies by
// their real crate (`name`, `version_req`) and the name the dependent uses in
// `explicit_name_in_toml`; the index names them the other way round (`name`, `package`, `req`).
// Features using `dep:` or `?/` go to `features2` with `v: 2`, as crates.io does, so clients
// older than those syntaxes still read the line.

export interface NewCrate {
  name: string;
  vers: string;
  line: StoredLine;
  metadata: VersionMetadata;
}

const optionalString = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value : undefined);

function refuse(message: string): never {
  throw new CargoError(400, `Invalid publish metadata: ${message}`);
}

function dependencyOf(value: unknown, index: number): IndexDependency {
  if (!isObject(value)) refuse(`deps[${index}] is not an object.`);
  const { name, version_req: req, explicit_name_in_toml: rename } = value;
  if (typeof name !== "string" || name === "") refuse(`deps[${index}] has no name.`);
  if (typeof req !== "string") refuse(`dependency ${name} has no version_req.`);
  if (value.features !== undefined && !(Array.isArray(value.features) && value.features.every((f) => typeof f === "string"))) {
    refuse(`the features of dependency ${name} must be strings.`);
  }
  const renamed = typeof rename === "string" && rename !== "" && rename !== name;
  return {
    name: renamed ? rename : name,
    req,
    features: (value.features as string[] | undefined) ?? [],
    optional: value.optional === true,
    default_features: value.default_features !== false,
    target: typeof value.target === "string" ? value.target : null,
    kind: typeof value.kind === "string" ? value.kind : "normal",
    registry: typeof value.registry === "string" ? value.registry : null,
    package: renamed ? name : null,
  };
}

function splitFeatures(features: Record<string, string[]>): { features: Record<string, string[]>; features2?: Record<string, string[]> } {
  const plain: Record<string, string[]> = {};
  const newer: Record<string, string[]> = {};
  for (const [feature, values] of Object.entries(features)) {
    if (values.some((v) => v.startsWith("dep:") || v.includes("?/"))) newer[feature] = values;
    else plain[feature] = values;
  }
  return Object.keys(newer).length > 0 ? { features: plain, features2: newer } : { features: plain };
}

/** Validates the publish metadata (400 with what is wrong) and derives the index line and version metadata. */
export function parseNewCrate(json: unknown): NewCrate {
  if (!isObject(json)) refuse("expected a JSON object.");
  const { name, vers } = json;
  if (typeof name !== "string" || !isCrateName(name)) {
    refuse(`${JSON.stringify(name)} is not a valid crate name (a letter, then letters, digits, - or _, at most 64 characters).`);
  }
  if (typeof vers !== "string" || semver.valid(vers) === null) refuse(`${JSON.stringify(vers)} is not a valid semantic version.`);
  if (json.deps !== undefined && !Array.isArray(json.deps)) refuse("deps must be an array.");
  const deps = ((json.deps as unknown[] | undefined) ?? []).map(dependencyOf);
  if (json.features !== undefined && !isFeatureMap(json.features)) refuse("features must map names to arrays of strings.");
  const { features, features2 } = splitFeatures((json.features as Record<string, string[]> | undefined) ?? {});

  const line: StoredLine = { name, vers, deps, features, links: optionalString(json.links) ?? null };
  if (features2) {
    line.features2 = features2;
    line.v = 2;
  }
  const rustVersion = optionalString(json.rust_version);
  if (rustVersion) line.rust_version = rustVersion;

  const license = optionalString(json.license);
  return {
    name,
    vers,
    line,
    metadata: {
      displayName: name,
      summary: optionalString(json.description),
      homePage: optionalString(json.homepage) ?? optionalString(json.documentation),
      sourceCodeRepository: optionalString(json.repository),
      licenses: license ? [{ name: license }] : undefined,
      readme: optionalString(json.readme),
      dependencies: dependenciesOf(deps),
      formatMetadata: storedFormatMetadata(line),
    },
  };
}
