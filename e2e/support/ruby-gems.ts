import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { pack } from "tar-stream";

// Gems built in the test, as `gem build` lays them out: a tar of `metadata.gz` (the
// specification as YAML with Ruby's tags, written the way Psych writes it), then `data.tar.gz`
// (the files). Deterministic and quick, so fixtures need no Ruby; the clients then install them.

export interface GemFixture {
  name: string;
  version: string;
  platform?: string;
  summary?: string;
  license?: string;
  homepage?: string;
  /** Runtime dependencies, `[name, requirement]` (`">= 1.0"`, `"~> 2.0"`). */
  dependencies?: Array<[string, string]>;
  developmentDependencies?: Array<[string, string]>;
  requiredRuby?: string;
  /** Files under lib/ (default: `lib/<name>.rb` defining a constant). */
  files?: Record<string, string>;
}

export interface BuiltGem {
  spec: GemFixture;
  filename: string;
  bytes: Buffer;
  sha256: string;
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

function requirementYaml(requirement: string, indent: string): string {
  const pairs = requirement.split(",").map((part) => {
    const [, op = "=", version] = /^\s*(=|!=|>=|<=|>|<|~>)?\s*(\S+)\s*$/.exec(part) ?? [];
    return `${indent}- - "${op}"\n${indent}  - !ruby/object:Gem::Version\n${indent}    version: ${quote(version)}\n`;
  });
  return `!ruby/object:Gem::Requirement\n${indent}requirements:\n${pairs.join("")}`;
}

function dependencyYaml([name, requirement]: [string, string], type: "runtime" | "development"): string {
  return (
    `- !ruby/object:Gem::Dependency\n  name: ${name}\n  requirement: ${requirementYaml(requirement, "    ")}` +
    `  type: :${type}\n  prerelease: false\n  version_requirements: ${requirementYaml(requirement, "    ")}`
  );
}

export function specYaml(spec: GemFixture, files: string[]): string {
  const deps = [
    ...(spec.dependencies ?? []).map((d) => dependencyYaml(d, "runtime")),
    ...(spec.developmentDependencies ?? []).map((d) => dependencyYaml(d, "development")),
  ];
  return [
    "--- !ruby/object:Gem::Specification",
    `name: ${spec.name}`,
    "version: !ruby/object:Gem::Version",
    `  version: ${spec.version}`,
    `platform: ${spec.platform ?? "ruby"}`,
    "authors:",
    "- Fixture Author",
    "autorequire:",
    "bindir: bin",
    "cert_chain: []",
    "date: 2026-01-15 00:00:00.000000000 Z",
    deps.length ? `dependencies:\n${deps.join("")}`.trimEnd() : "dependencies: []",
    `description: ${spec.summary ?? spec.name}`,
    "email:",
    "executables: []",
    "extensions: []",
    "extra_rdoc_files: []",
    "files:",
    ...files.map((f) => `- ${f}`),
    `homepage: ${spec.homepage ?? `https://example.com/${spec.name}`}`,
    "licenses:",
    `- ${spec.license ?? "MIT"}`,
    "metadata:",
    `  source_code_uri: https://example.com/${spec.name}/src`,
    "post_install_message:",
    "rdoc_options: []",
    "require_paths:",
    "- lib",
    `required_ruby_version: ${requirementYaml(spec.requiredRuby ?? ">= 0", "  ")}`.trimEnd(),
    `required_rubygems_version: ${requirementYaml(">= 0", "  ")}`.trimEnd(),
    "requirements: []",
    "rubygems_version: 3.3.15",
    "signing_key:",
    "specification_version: 4",
    `summary: ${spec.summary ?? `The ${spec.name} fixture`}`,
    "test_files: []",
    "",
  ].join("\n");
}

async function tar(entries: Array<[string, Buffer]>): Promise<Buffer> {
  const archive = pack();
  const chunks: Buffer[] = [];
  archive.on("data", (chunk: unknown) => void chunks.push(chunk as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    archive.on("end", resolve);
    archive.on("error", reject);
  });
  for (const [name, content] of entries) archive.entry({ name, size: content.length, mode: 0o444, mtime: new Date("2026-01-15T00:00:00Z") }, content);
  archive.finalize();
  await done;
  return Buffer.concat(chunks);
}

export const moduleName = (gem: string) => gem.replace(/(^|[-_])(\w)/g, (_m, _s, c: string) => c.toUpperCase());

export async function buildGem(spec: GemFixture): Promise<BuiltGem> {
  const files = spec.files ?? { [`lib/${spec.name}.rb`]: `module ${moduleName(spec.name)}\n  VERSION = "${spec.version}"\nend\n` };
  const data = gzipSync(await tar(Object.entries(files).map(([name, text]) => [name, Buffer.from(text)])));
  const metadata = gzipSync(Buffer.from(specYaml(spec, Object.keys(files))));
  const bytes = await tar([
    ["metadata.gz", metadata],
    ["data.tar.gz", data],
  ]);
  const platform = spec.platform && spec.platform !== "ruby" ? `-${spec.platform}` : "";
  return { spec, filename: `${spec.name}-${spec.version}${platform}.gem`, bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
}
