import { createHash } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { homedir } from "node:os";
import type { AddressInfo } from "node:net";
import { dirname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { pack } from "tar-stream";
import { run, type RunResult } from "./npm";

// Cargo in tests: crates built in memory (a gzipped tar, as `cargo package` writes them), the
// body `cargo publish` sends, a static sparse registry on loopback (the stand-in for crates.io,
// and the benchmark's floor), and an isolated cargo setup (its own CARGO_HOME with the registries
// in config.toml, tokens in CARGO_REGISTRIES_<NAME>_TOKEN, no retries).

export interface CrateDependency {
  name: string;
  req: string;
  /** Registry name in the client's config.toml (absent: crates.io). */
  registry?: string;
  /** Index URL of the dependency's registry when it is not the one published to (the index's `registry`). */
  registryUrl?: string;
}

export interface CrateSpec {
  name: string;
  version: string;
  description?: string;
  license?: string;
  readme?: string;
  deps?: CrateDependency[];
  /** The body of src/lib.rs. */
  lib?: string;
}

export interface BuiltCrate {
  spec: CrateSpec;
  bytes: Buffer;
  sha256: string;
}

/** `[dependencies]` of a manifest. */
export function dependencyTable(deps: readonly CrateDependency[] = []): string {
  return deps.map((d) => `${d.name} = { version = "${d.req}"${d.registry ? `, registry = "${d.registry}"` : ""} }`).join("\n");
}

export function manifest(spec: CrateSpec): string {
  return [
    "[package]",
    `name = "${spec.name}"`,
    `version = "${spec.version}"`,
    'edition = "2021"',
    ...(spec.description ? [`description = "${spec.description}"`] : []),
    ...(spec.license ? [`license = "${spec.license}"`] : []),
    ...(spec.readme !== undefined ? ['readme = "README.md"'] : []),
    "",
    "[dependencies]",
    dependencyTable(spec.deps),
    "",
  ].join("\n");
}

/** A `.crate` of the spec: Cargo.toml, src/lib.rs and the README under `<name>-<version>/`. */
export async function buildCrate(spec: CrateSpec): Promise<BuiltCrate> {
  const root = `${spec.name}-${spec.version}`;
  const files: Array<[string, string]> = [
    ["Cargo.toml", manifest(spec)],
    ...(spec.readme !== undefined ? ([["README.md", spec.readme]] as Array<[string, string]>) : []),
    ["src/lib.rs", spec.lib ?? `pub fn name() -> &'static str { "${spec.name} ${spec.version}" }\n`],
  ];
  const tar = pack();
  for (const [path, text] of files) tar.entry({ name: `${root}/${path}`, mode: 0o644, mtime: new Date(0) }, text);
  tar.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of tar) chunks.push(chunk as Buffer);
  const bytes = gzipSync(Buffer.concat(chunks));
  return { spec, bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** The publish metadata cargo sends for a spec. */
export function publishMetadata(spec: CrateSpec, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: spec.name,
    vers: spec.version,
    deps: (spec.deps ?? []).map((d) => ({
      name: d.name,
      version_req: d.req,
      features: [],
      optional: false,
      default_features: true,
      target: null,
      kind: "normal",
      registry: d.registryUrl ?? null,
    })),
    features: {},
    authors: [],
    description: spec.description ?? null,
    license: spec.license ?? null,
    readme: spec.readme ?? null,
    readme_file: spec.readme !== undefined ? "README.md" : null,
    links: null,
    ...overrides,
  };
}

/** `u32 LE length, JSON, u32 LE length, crate`: the body of `PUT api/v1/crates/new`. */
export function publishBody(metadata: unknown, crate: Buffer): Buffer {
  const json = Buffer.from(JSON.stringify(metadata));
  const head = Buffer.alloc(4);
  head.writeUInt32LE(json.length);
  const mid = Buffer.alloc(4);
  mid.writeUInt32LE(crate.length);
  return Buffer.concat([head, json, mid, crate]);
}

/** The index line crates.io serves for a built crate. */
export function indexLine(crate: BuiltCrate, yanked = false): Record<string, unknown> {
  return {
    name: crate.spec.name,
    vers: crate.spec.version,
    deps: (crate.spec.deps ?? []).map((d) => ({
      name: d.name,
      req: d.req,
      features: [],
      optional: false,
      default_features: true,
      target: null,
      kind: "normal",
      registry: d.registryUrl ?? null,
    })),
    cksum: crate.sha256,
    features: {},
    yanked,
    links: null,
    v: 2,
  };
}

export function indexFilePath(name: string): string {
  const lower = name.toLowerCase();
  if (lower.length <= 2) return `${lower.length}/${lower}`;
  if (lower.length === 3) return `3/${lower[0]}/${lower}`;
  return `${lower.slice(0, 2)}/${lower.slice(2, 4)}/${lower}`;
}

export interface StaticRegistry {
  url: string;
  /** Requests served, by path. */
  requests: string[];
  stop(): Promise<void>;
}

/** Serves the files under `root` on loopback (GET only; 404 for anything missing). */
export async function startStaticRegistry(root: string): Promise<StaticRegistry> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    requests.push(path);
    const file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ""));
    if (request.method !== "GET" || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    const type = file.endsWith(".json") ? "application/json" : file.endsWith(".crate") ? "application/gzip" : "text/plain";
    response.writeHead(200, { "content-type": type, "content-length": statSync(file).size });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes a sparse registry (config.json, index files, crates) for `crates` under `root`, served at `url`. */
export function writeStaticRegistry(root: string, url: string, crates: Array<{ crate: BuiltCrate; yanked?: boolean }>): void {
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, "config.json"), JSON.stringify({ dl: `${url}/crates/{crate}/{crate}-{version}.crate`, api: url }));
  const lines = new Map<string, string[]>();
  for (const { crate, yanked } of crates) {
    const path = indexFilePath(crate.spec.name);
    lines.set(path, [...(lines.get(path) ?? []), JSON.stringify(indexLine(crate, yanked))]);
    const file = join(root, "crates", crate.spec.name, `${crate.spec.name}-${crate.spec.version}.crate`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, crate.bytes);
  }
  for (const [path, entries] of lines) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), entries.join("\n") + "\n");
  }
}

/** A cargo with its own CARGO_HOME: registries by name, tokens by environment, nothing from the user's setup. */
export class CargoClientEnv {
  readonly home: string;
  readonly tokens: Record<string, string> = {};

  constructor(
    readonly dir: string,
    registries: Record<string, string>,
    options: { replaceCratesIo?: string } = {},
  ) {
    this.home = join(dir, "cargo-home");
    mkdirSync(this.home, { recursive: true });
    const config = [
      ...Object.entries(registries).flatMap(([name, index]) => [`[registries.${name}]`, `index = "${index}"`, 'credential-provider = "cargo:token"', ""]),
      ...(options.replaceCratesIo ? ["[source.crates-io]", `replace-with = "${options.replaceCratesIo}"`, ""] : []),
      "[net]",
      "retry = 0",
      "",
      "[term]",
      'color = "never"',
      "",
    ];
    writeFileSync(join(this.home, "config.toml"), config.join("\n"));
  }

  env(tokens: Record<string, string | undefined> = this.tokens): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: this.dir,
      CARGO_HOME: this.home,
      CARGO_TARGET_DIR: join(this.dir, "target"),
      CARGO_TERM_PROGRESS_WHEN: "never",
      CARGO_HTTP_TIMEOUT: "30",
    };
    // rustup's toolchains stay where the machine has them, whatever HOME says.
    env.RUSTUP_HOME = process.env.RUSTUP_HOME ?? join(homedir(), ".rustup");
    if (process.env.RUSTUP_TOOLCHAIN) env.RUSTUP_TOOLCHAIN = process.env.RUSTUP_TOOLCHAIN;
    for (const [registry, token] of Object.entries(tokens)) {
      if (token !== undefined) env[`CARGO_REGISTRIES_${registry.toUpperCase().replace(/-/g, "_")}_TOKEN`] = token;
    }
    return env;
  }

  /** Writes a project (Cargo.toml and src/) into a folder of its own and returns that folder. */
  project(spec: CrateSpec & { main?: string }): string {
    const folder = join(this.dir, "projects", `${spec.name}-${spec.version}`);
    mkdirSync(join(folder, "src"), { recursive: true });
    writeFileSync(join(folder, "Cargo.toml"), manifest(spec));
    if (spec.readme !== undefined) writeFileSync(join(folder, "README.md"), spec.readme);
    if (spec.main !== undefined) writeFileSync(join(folder, "src", "main.rs"), spec.main);
    else writeFileSync(join(folder, "src", "lib.rs"), spec.lib ?? `pub fn name() -> &'static str { "${spec.name} ${spec.version}" }\n`);
    return folder;
  }

  cargo(args: string[], cwd: string, tokens?: Record<string, string | undefined>): Promise<RunResult> {
    return run("cargo", args, { cwd, env: this.env(tokens), timeoutMs: 170_000 });
  }
}
