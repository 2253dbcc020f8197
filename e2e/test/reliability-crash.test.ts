import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { Readable } from "node:stream";
import {
  GetAuthorizationTokenCommand,
  GetPackageVersionAssetCommand,
  ListPackagesCommand,
  ListPackageVersionAssetsCommand,
  ListPackageVersionsCommand,
  PublishPackageVersionCommand,
  type PackageFormat,
} from "@aws-sdk/client-codeartifact";
import { beforeAll, describe, expect, it } from "vitest";
import { bodyOf, sha256 } from "../support/assets";
import { serverFixture } from "../support/fixture";
import { sdkClient, startServer } from "../support/server";

// Publishing in every format (generic through the API, npm, PyPI) under concurrency and crashes:
// 50 simultaneous publishes of one version leave exactly one winner, whose bytes are stored; a
// `kill -9` during concurrent publishes loses nothing acknowledged, leaves no half version, and
// the store's integrity check passes on restart.

const ACCOUNT = "123456789012";
const FORMATS = ["generic", "npm", "pypi"] as const;
type Format = (typeof FORMATS)[number];

const fx = serverFixture({ tempPrefix: "ca-local-crash-", server: (dir) => ({ dataDir: dir }), domains: { crash: ["repo"] } });
let token: string;

async function authorize(): Promise<void> {
  token = (await fx.client.send(new GetAuthorizationTokenCommand({ domain: "crash" }))).authorizationToken!;
}

beforeAll(authorize);

const endpoint = (format: string) => `${fx.server.url}/${format}/d/crash-${ACCOUNT}/repo/`;
const assetName = (format: Format, name: string, version: string) =>
  format === "npm" ? `${name}-${version}.tgz` : format === "pypi" ? `${name}-${version}-py3-none-any.whl` : "content.bin";

/** Publishes `bytes` as version `version` of package `name`; resolves true when acknowledged. */
async function publish(format: Format, name: string, version: string, bytes: Buffer): Promise<boolean> {
  if (format === "generic") {
    try {
      await fx.client.send(
        new PublishPackageVersionCommand({
          domain: "crash",
          repository: "repo",
          format: "generic",
          namespace: "ns",
          package: name,
          packageVersion: version,
          assetName: assetName(format, name, version),
          assetContent: Readable.from([bytes]),
          assetSHA256: sha256(bytes),
        }),
      );
      return true;
    } catch (error) {
      if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === undefined) throw error;
      return false;
    }
  }
  const headers = { authorization: `Bearer ${token}` };
  if (format === "npm") {
    const document = {
      name,
      versions: { [version]: { name, version, dist: { tarball: `http://ignored/${name}-${version}.tgz` } } },
      "dist-tags": { latest: version },
      _attachments: { [`${name}-${version}.tgz`]: { content_type: "application/octet-stream", data: bytes.toString("base64"), length: bytes.length } },
    };
    const response = await fetch(`${endpoint("npm")}${name}`, {
      method: "PUT",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify(document),
    });
    await response.arrayBuffer();
    return response.ok;
  }
  const form = new FormData();
  for (const [key, value] of [
    [":action", "file_upload"],
    ["name", name],
    ["version", version],
    ["sha256_digest", sha256(bytes)],
  ])
    form.append(key, value);
  form.append("content", new Blob([bytes]), assetName(format, name, version));
  const response = await fetch(endpoint("pypi"), { method: "POST", headers, body: form });
  await response.arrayBuffer();
  return response.ok;
}

/** The stored asset through the API (listed size and sha256, downloaded bytes) and the format endpoint. */
async function stored(format: Format, name: string, version: string): Promise<{ size: number; listed: string; api: string; endpoint: string }> {
  const coordinate = {
    domain: "crash",
    repository: "repo",
    format: format as PackageFormat,
    namespace: format === "generic" ? "ns" : undefined,
    package: name,
    packageVersion: version,
  };
  const { assets } = await fx.client.send(new ListPackageVersionAssetsCommand(coordinate));
  expect(assets?.length).toBe(1);
  const asset = assets![0];
  const download = await fx.client.send(new GetPackageVersionAssetCommand({ ...coordinate, asset: asset.name! }));
  const api = sha256(await bodyOf(download.asset));
  let viaEndpoint = api;
  if (format !== "generic") {
    const url = format === "npm" ? `${endpoint("npm")}${name}/-/${name}-${version}.tgz` : `${endpoint("pypi")}simple/${name}/${version}/${asset.name}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status, url).toBe(200);
    viaEndpoint = sha256(Buffer.from(await response.arrayBuffer()));
  }
  return { size: asset.size!, listed: asset.hashes!["SHA-256"]!, api, endpoint: viaEndpoint };
}

describe("50 parallel publishes of one version", () => {
  for (const format of FORMATS) {
    it(`${format}: exactly one succeeds, and its bytes are the ones stored`, async () => {
      const contents = Array.from({ length: 50 }, () => randomBytes(4096));
      const results = await Promise.all(contents.map((bytes) => publish(format, "race", "1.0.0", bytes)));
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = contents[results.indexOf(true)];
      expect(await stored(format, "race", "1.0.0")).toEqual({ size: winner.length, listed: sha256(winner), api: sha256(winner), endpoint: sha256(winner) });
    });
  }
});

describe("kill -9 during concurrent publishes", () => {
  it("keeps every acknowledged publish intact, leaves no half version, and the store checks clean", async () => {
    const sent = new Map<string, Buffer>();
    const acknowledged: Array<[Format, string]> = [];
    let stop = false;
    // Two publishers per format, each publishing new versions one after another until the kill.
    const worker = async (format: Format, id: number) => {
      for (let i = 0; i < 200 && !stop; i++) {
        const version = `2.${id}.${i}`;
        const bytes = randomBytes(256 * 1024);
        sent.set(`${format} ${version}`, bytes);
        try {
          if (await publish(format, "crashy", version, bytes)) acknowledged.push([format, version]);
        } catch {
          return; // the server is gone
        }
      }
    };
    const workers = FORMATS.flatMap((format) => [worker(format, 0), worker(format, 1)]);
    while (acknowledged.length < 15) await new Promise((resolve) => setTimeout(resolve, 20));
    fx.server.process.kill("SIGKILL");
    stop = true;
    await Promise.all(workers);
    await fx.server.stop();
    fx.client.destroy();

    const integrity = execFileSync("python3", [
      "-c",
      "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA integrity_check').fetchone()[0])",
      join(fx.dir.path, "codeartifact.db"),
    ]);
    expect(integrity.toString().trim()).toBe("ok");

    // The restarted server replaces the crashed one in the fixture, which stops it after the file.
    fx.server = await startServer({ dataDir: fx.dir.path });
    fx.client = sdkClient(fx.server.url);
    await authorize();
    for (const [format, version] of acknowledged) {
      const bytes = sent.get(`${format} ${version}`)!;
      expect(await stored(format, "crashy", version), `${format} ${version}`).toEqual({
        size: bytes.length,
        listed: sha256(bytes),
        api: sha256(bytes),
        endpoint: sha256(bytes),
      });
    }
    // Whatever else survived is whole: published, with exactly the bytes sent for it.
    for (const format of FORMATS) {
      const { packages } = await fx.client.send(new ListPackagesCommand({ domain: "crash", repository: "repo", format, packagePrefix: "crashy" }));
      if (!packages?.length) continue;
      const { versions } = await fx.client.send(
        new ListPackageVersionsCommand({
          domain: "crash",
          repository: "repo",
          format,
          namespace: format === "generic" ? "ns" : undefined,
          package: "crashy",
          maxResults: 1000,
        }),
      );
      for (const version of versions ?? []) {
        expect(version.status, `${format} ${version.version}`).toBe("Published");
        const bytes = sent.get(`${format} ${version.version}`)!;
        expect((await stored(format, "crashy", version.version!)).listed, `${format} ${version.version}`).toBe(sha256(bytes));
      }
    }
  });
});
