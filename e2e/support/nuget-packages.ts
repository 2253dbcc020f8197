import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { zip } from "./pypi-dist";

// NuGet packages built without NuGet.exe (a .nupkg is a zip with the .nuspec at its root), and a
// static V3 feed laid out as nuget.org serves one (service index, flat container, registration
// with inlined pages), the stand-in for `public:nuget-org`.

export interface PackageSpec {
  id: string;
  version: string;
  description?: string;
  /** Dependencies of the one `netstandard2.0` group: id → version range. */
  dependencies?: Record<string, string>;
  /** Listed in the static feed's registration (default true). */
  listed?: boolean;
}

export interface BuiltPackage {
  spec: PackageSpec;
  filename: string;
  bytes: Buffer;
}

export const TARGET_FRAMEWORK = "netstandard2.0";

export function nuspecOf(spec: PackageSpec): string {
  const dependencies = Object.entries(spec.dependencies ?? {}).map(([id, range]) => `        <dependency id="${id}" version="${range}" />`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">',
    "  <metadata>",
    `    <id>${spec.id}</id>`,
    `    <version>${spec.version}</version>`,
    "    <authors>codeartifact-local tests</authors>",
    `    <description>${spec.description ?? `${spec.id} for tests`}</description>`,
    '    <license type="expression">MIT</license>',
    "    <dependencies>",
    `      <group targetFramework="${TARGET_FRAMEWORK}">`,
    ...dependencies,
    "      </group>",
    "    </dependencies>",
    "  </metadata>",
    "</package>",
    "",
  ].join("\n");
}

/** A .nupkg whose content is one text file naming the package, so an install can be checked. */
export function buildNupkg(spec: PackageSpec): BuiltPackage {
  const bytes = zip([
    [
      "_rels/.rels",
      Buffer.from('<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships" />'),
    ],
    [`${spec.id}.nuspec`, Buffer.from(nuspecOf(spec))],
    [`content/${spec.id}.txt`, Buffer.from(`${spec.id} ${spec.version}\n`)],
    [
      "[Content_Types].xml",
      Buffer.from(
        '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="nuspec" ContentType="application/octet" /><Default Extension="txt" ContentType="application/octet" /></Types>',
      ),
    ],
  ]);
  return { spec, filename: `${spec.id}.${spec.version}.nupkg`, bytes };
}

/** The multipart body `nuget push` sends: the package as the one file part. */
export function pushForm(pkg: { filename: string; bytes: Buffer }): FormData {
  const form = new FormData();
  form.append("package", new Blob([pkg.bytes]), pkg.filename);
  return form;
}

/**
 * Writes a static V3 feed for `packages` under `root`, served at `baseUrl` (ending in `/`):
 * `index.json`, `flat/<id>/index.json` and the .nupkg files, `registration/<id>/index.json`.
 */
export function writeStaticFeed(root: string, baseUrl: string, packages: BuiltPackage[]): void {
  const flat = `${baseUrl}flat/`;
  const registration = `${baseUrl}registration/`;
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, "index.json"),
    JSON.stringify({
      version: "3.0.0",
      resources: [
        { "@id": flat, "@type": "PackageBaseAddress/3.0.0" },
        { "@id": registration, "@type": "RegistrationsBaseUrl/3.6.0" },
        { "@id": registration, "@type": "RegistrationsBaseUrl/3.4.0" },
      ],
    }),
  );
  const byId = new Map<string, BuiltPackage[]>();
  for (const pkg of packages) byId.set(pkg.spec.id.toLowerCase(), [...(byId.get(pkg.spec.id.toLowerCase()) ?? []), pkg]);
  for (const [lowerId, versions] of byId) {
    const nupkgUrl = (pkg: BuiltPackage) => {
      const v = pkg.spec.version.toLowerCase();
      return `${flat}${lowerId}/${v}/${lowerId}.${v}.nupkg`;
    };
    for (const pkg of versions) {
      const v = pkg.spec.version.toLowerCase();
      mkdirSync(join(root, "flat", lowerId, v), { recursive: true });
      writeFileSync(join(root, "flat", lowerId, v, `${lowerId}.${v}.nupkg`), pkg.bytes);
      writeFileSync(join(root, "flat", lowerId, v, `${lowerId}.nuspec`), nuspecOf(pkg.spec));
    }
    writeFileSync(join(root, "flat", lowerId, "index.json"), JSON.stringify({ versions: versions.map((p) => p.spec.version.toLowerCase()) }));
    const index = `${registration}${lowerId}/index.json`;
    const leaves = versions.map((pkg) => ({
      "@id": `${registration}${lowerId}/${pkg.spec.version.toLowerCase()}.json`,
      "@type": "Package",
      catalogEntry: {
        "@id": `${baseUrl}catalog/${lowerId}.${pkg.spec.version.toLowerCase()}.json`,
        "@type": "PackageDetails",
        id: pkg.spec.id,
        version: pkg.spec.version,
        listed: pkg.spec.listed ?? true,
        description: pkg.spec.description ?? `${pkg.spec.id} for tests`,
        authors: "codeartifact-local tests",
        licenseExpression: "MIT",
        published: pkg.spec.listed === false ? "1900-01-01T00:00:00+00:00" : "2024-01-01T00:00:00+00:00",
        dependencyGroups: [
          {
            "@type": "PackageDependencyGroup",
            targetFramework: TARGET_FRAMEWORK,
            dependencies: Object.entries(pkg.spec.dependencies ?? {}).map(([id, range]) => ({ "@type": "PackageDependency", id, range })),
          },
        ],
      },
      packageContent: nupkgUrl(pkg),
      registration: index,
    }));
    mkdirSync(join(root, "registration", lowerId), { recursive: true });
    writeFileSync(
      join(root, "registration", lowerId, "index.json"),
      JSON.stringify({
        "@id": index,
        count: 1,
        items: [{ "@id": `${index}#page`, count: leaves.length, lower: versions[0].spec.version, upper: versions.at(-1)!.spec.version, items: leaves }],
      }),
    );
  }
}
