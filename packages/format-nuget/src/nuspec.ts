import { XMLParser } from "fast-xml-parser";
import type { LicenseInfo, PackageDependency } from "@codeartifact-local/package-service";

// The .nuspec manifest of a package (the XML at the root of the .nupkg), read with an XML parser:
// identity, the descriptive fields clients and the API show, and the dependency groups that
// registration documents carry. Nuspecs never declare a DOCTYPE; one is refused, so no entity
// definitions are expanded. Every namespace version of the schema reads the same (prefixes are
// dropped).

export const MAX_NUSPEC_BYTES = 4 * 1024 * 1024;

export interface NuspecDependency {
  id: string;
  /** The version range as written (`1.0`, `[1.0,2.0)`), if any. */
  range?: string;
}

export interface DependencyGroup {
  /** The group's framework (`net6.0`, `.NETStandard2.0`); undefined for the group that applies everywhere. */
  targetFramework?: string;
  dependencies: NuspecDependency[];
}

export interface Nuspec {
  id: string;
  version: string;
  title?: string;
  authors?: string;
  description?: string;
  summary?: string;
  releaseNotes?: string;
  tags?: string;
  projectUrl?: string;
  licenseUrl?: string;
  /** A `<license type="expression">` value. */
  licenseExpression?: string;
  repositoryUrl?: string;
  dependencyGroups: DependencyGroup[];
}

export class NuspecError extends Error {}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => name === "group" || name === "dependency",
});

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && !Array.isArray(value);

/** An element's text (an element with attributes keeps it under `#text`); undefined when empty. */
function text(value: unknown): string | undefined {
  const raw = isNode(value) ? value["#text"] : value;
  if (typeof raw !== "string" && typeof raw !== "number") return undefined;
  const trimmed = String(raw).trim();
  return trimmed === "" ? undefined : trimmed;
}

function attribute(node: unknown, name: string): string | undefined {
  if (!isNode(node)) return undefined;
  const value = node[`@${name}`];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function dependenciesOf(node: unknown): NuspecDependency[] {
  if (!isNode(node) || !Array.isArray(node.dependency)) return [];
  const out: NuspecDependency[] = [];
  for (const dependency of node.dependency) {
    const id = attribute(dependency, "id");
    if (id) out.push({ id, range: attribute(dependency, "version") });
  }
  return out;
}

function dependencyGroupsOf(node: unknown): DependencyGroup[] {
  if (!isNode(node)) return [];
  const groups: DependencyGroup[] = [];
  // Dependencies straight under <dependencies> (the pre-2.0 form) apply to every framework.
  const flat = dependenciesOf(node);
  if (flat.length > 0) groups.push({ dependencies: flat });
  for (const group of Array.isArray(node.group) ? node.group : []) {
    groups.push({ targetFramework: attribute(group, "targetFramework"), dependencies: dependenciesOf(group) });
  }
  return groups;
}

/** Parses a nuspec; NuspecError says what is wrong with one that is not usable. */
export function parseNuspec(xml: string | Buffer): Nuspec {
  const source = typeof xml === "string" ? xml : xml.toString("utf8");
  if (source.length > MAX_NUSPEC_BYTES) throw new NuspecError(`The .nuspec is larger than ${MAX_NUSPEC_BYTES} bytes.`);
  if (/<!DOCTYPE/i.test(source)) throw new NuspecError("The .nuspec declares a DOCTYPE, which nuspecs never do.");
  let document: unknown;
  try {
    document = parser.parse(source.replace(/^\uFEFF/, ""), true);
  } catch (error) {
    throw new NuspecError(`The .nuspec is not well-formed XML: ${(error as Error).message.split("\n")[0]}`);
  }
  const metadata = isNode(document) && isNode(document.package) ? document.package.metadata : undefined;
  if (!isNode(metadata)) throw new NuspecError("The .nuspec has no <package><metadata> element.");
  const id = text(metadata.id);
  const version = text(metadata.version);
  if (!id) throw new NuspecError("The .nuspec has no <id>.");
  if (!version) throw new NuspecError("The .nuspec has no <version>.");
  const license = metadata.license;
  return {
    id,
    version,
    title: text(metadata.title),
    authors: text(metadata.authors),
    description: text(metadata.description),
    summary: text(metadata.summary),
    releaseNotes: text(metadata.releaseNotes),
    tags: text(metadata.tags),
    projectUrl: text(metadata.projectUrl),
    licenseUrl: text(metadata.licenseUrl),
    licenseExpression: attribute(license, "type") === "expression" ? text(license) : undefined,
    repositoryUrl: attribute(metadata.repository, "url"),
    dependencyGroups: dependencyGroupsOf(metadata.dependencies),
  };
}

/** The dependencies as the API lists them: one per group and package, the group's framework as its type. */
export function packageDependencies(groups: readonly DependencyGroup[]): PackageDependency[] {
  return groups.flatMap((group) =>
    group.dependencies.map((d) => ({ package: d.id.toLowerCase(), versionRequirement: d.range, dependencyType: group.targetFramework })),
  );
}

export function licensesOf(nuspec: Pick<Nuspec, "licenseExpression" | "licenseUrl">): LicenseInfo[] | undefined {
  if (nuspec.licenseExpression) return [{ name: nuspec.licenseExpression, url: nuspec.licenseUrl }];
  return nuspec.licenseUrl ? [{ url: nuspec.licenseUrl }] : undefined;
}
