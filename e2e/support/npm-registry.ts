import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { copyFixture, run } from "./npm";

// A tiny stand-in for the public npm registry, served from tarballs `npm pack` builds out of the
// fixture sources, so the external-connection tests run offline. It serves packuments
// (`/<name>` and `/@scope%2fname`) and tarballs (`/<name>/-/<file>.tgz`), and records what it was
// asked for.

export interface PackedVersion {
  name: string;
  version: string;
  manifest: Record<string, unknown>;
  tarball: Buffer;
  integrity: string;
  shasum: string;
  file: string;
}

/** Packs a fixture at `version` with the real npm client. */
export async function packFixture(fixture: string, version: string, extra: Record<string, unknown> = {}): Promise<PackedVersion> {
  const work = mkdtempSync(join(tmpdir(), "ca-npm-pack-"));
  return packDirectory(copyFixture(fixture, join(work, "src"), { version, ...extra }), work);
}

/** Packs the package in `dir` with the real npm client, into `work`. */
export async function packDirectory(dir: string, work: string): Promise<PackedVersion> {
  const packed = await run("npm", ["pack", "--json", "--pack-destination", work], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: work, npm_config_cache: join(work, "cache"), npm_config_update_notifier: "false" },
  });
  if (packed.code !== 0) throw new Error(`npm pack failed: ${packed.output}`);
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; integrity: string; shasum: string }>;
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<string, unknown>;
  const name = manifest.name as string;
  const version = manifest.version as string;
  return {
    name,
    version,
    manifest,
    tarball: readFileSync(join(work, info.filename)),
    integrity: info.integrity,
    shasum: info.shasum,
    file: `${name.split("/").pop()}-${version}.tgz`,
  };
}

export interface FixtureRegistry {
  url: string;
  /** Request paths served so far. */
  requests: string[];
  publish(version: PackedVersion, tags?: Record<string, string>): void;
  stop(): Promise<void>;
}

export async function startFixtureRegistry(): Promise<FixtureRegistry> {
  interface Entry {
    versions: Map<string, PackedVersion>;
    tags: Record<string, string>;
    times: Record<string, string>;
  }
  const packages = new Map<string, Entry>();
  const requests: string[] = [];
  let url = "";

  const packument = (name: string) => {
    const entry = packages.get(name)!;
    const versions: Record<string, unknown> = {};
    for (const [version, packed] of entry.versions) {
      versions[version] = {
        ...packed.manifest,
        _id: `${name}@${version}`,
        dist: { integrity: packed.integrity, shasum: packed.shasum, tarball: `${url}/${name}/-/${packed.file}` },
      };
    }
    return { _id: name, name, "dist-tags": entry.tags, versions, time: { ...entry.times, modified: new Date().toISOString() }, readme: `# ${name}\n` };
  };

  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? "/").split("?")[0]);
    requests.push(path);
    const tarball = /^\/(.+)\/-\/([^/]+)$/.exec(path);
    if (tarball) {
      const packed = [...(packages.get(tarball[1])?.versions.values() ?? [])].find((p) => p.file === tarball[2]);
      if (!packed) return void response.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
      return void response.writeHead(200, { "content-type": "application/octet-stream", "content-length": packed.tarball.length }).end(packed.tarball);
    }
    const name = path.slice(1);
    if (!packages.has(name)) return void response.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(packument(name)));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    requests,
    publish(packed, tags = { latest: packed.version }) {
      const entry: Entry = packages.get(packed.name) ?? { versions: new Map(), tags: {}, times: {} };
      entry.versions.set(packed.version, packed);
      entry.times[packed.version] = new Date().toISOString();
      Object.assign(entry.tags, tags);
      packages.set(packed.name, entry);
    },
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
