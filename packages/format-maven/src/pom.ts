import { XMLParser } from "fast-xml-parser";
import type { PackageDependency, VersionMetadata } from "@codeartifact-local/package-service";

// What a POM tells about its version: description, home page, licenses, source repository, and
// the declared dependencies (ListPackageVersionDependencies). Properties (`${...}`) are left as
// written: resolving them needs the parent chain, which a repository does not do.

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => name === "dependency" || name === "license",
});

const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);

/** Version metadata from a POM; undefined when the bytes are not a POM. */
export function versionMetadataOfPom(xml: string): VersionMetadata | undefined {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const project = doc.project as Record<string, unknown> | undefined;
  if (!project || typeof project !== "object") return undefined;
  const metadata: VersionMetadata = {};
  const summary = text(project.description) ?? text(project.name);
  if (summary) metadata.summary = summary.slice(0, 1024);
  const url = text(project.url);
  if (url) metadata.homePage = url;
  const scm = project.scm as Record<string, unknown> | undefined;
  const scmUrl = text(scm?.url);
  if (scmUrl) metadata.sourceCodeRepository = scmUrl;
  const licenses = ((project.licenses as { license?: unknown[] } | undefined)?.license ?? [])
    .map((l) => l as Record<string, unknown>)
    .map((l) => ({ name: text(l.name), url: text(l.url) }))
    .filter((l) => l.name || l.url);
  if (licenses.length > 0) metadata.licenses = licenses;
  const dependencies: PackageDependency[] = [];
  for (const d of (project.dependencies as { dependency?: unknown[] } | undefined)?.dependency ?? []) {
    const dep = d as Record<string, unknown>;
    const groupId = text(dep.groupId);
    const artifactId = text(dep.artifactId);
    if (!groupId || !artifactId) continue;
    dependencies.push({
      namespace: groupId,
      package: artifactId,
      dependencyType: text(dep.scope) ?? "compile",
      ...(text(dep.version) ? { versionRequirement: text(dep.version) } : {}),
    });
  }
  metadata.dependencies = dependencies;
  return metadata;
}
