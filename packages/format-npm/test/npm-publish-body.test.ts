import { createHash, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { IntegrityCheck, mergeDistTags } from "@codeartifact-local/package-service";
import { expectedDigests } from "../src/integrity";
import { dependenciesOf, toFormatMetadata, versionMetadataOf } from "../src/manifest";
import { PublishBodyError, PublishBodyScanner } from "../src/publish-body";

function scan(body: string, chunkSize: number) {
  const starts: Array<{ file: string; prefix: unknown }> = [];
  const data: Buffer[] = [];
  let ends = 0;
  const scanner = new PublishBodyScanner(
    {
      onAttachmentStart: (file, prefix) => starts.push({ file, prefix }),
      onAttachmentData: (bytes) => data.push(bytes),
      onAttachmentEnd: () => ends++,
    },
    1024 * 1024,
  );
  const bytes = Buffer.from(body);
  for (let i = 0; i < bytes.length; i += chunkSize) scanner.write(bytes.subarray(i, i + chunkSize));
  return { starts, data: Buffer.concat(data), ends, doc: scanner.end(), scanner };
}

describe("publish body scanner", () => {
  const tarball = randomBytes(70_000);
  const body = JSON.stringify({
    _id: "@a/b",
    name: "@a/b",
    "dist-tags": { latest: "1.0.0" },
    versions: { "1.0.0": { name: "@a/b", version: "1.0.0", description: 'quotes " and \\ and "data"' } },
    _attachments: { "@a/b-1.0.0.tgz": { content_type: "application/octet-stream", data: tarball.toString("base64"), length: tarball.length } },
  });

  for (const chunkSize of [1, 3, 7, 4096, body.length]) {
    it(`streams the tarball out and keeps the rest, in chunks of ${chunkSize}`, () => {
      const { starts, data, ends, doc, scanner } = scan(body, chunkSize);
      expect(data.equals(tarball)).toBe(true);
      expect(ends).toBe(1);
      expect(scanner.attachments).toBe(1);
      expect(starts).toHaveLength(1);
      expect(starts[0].file).toBe("@a/b-1.0.0.tgz");
      // Everything before the data is known when it starts.
      expect(starts[0].prefix).toMatchObject({ name: "@a/b", versions: { "1.0.0": { description: 'quotes " and \\ and "data"' } } });
      expect(doc).toMatchObject({ _attachments: { "@a/b-1.0.0.tgz": { data: "", length: tarball.length } } });
    });
  }

  it("only treats _attachments.<file>.data as the tarball", () => {
    const { data, doc } = scan(JSON.stringify({ data: "AAAA", versions: { "1.0.0": { data: "x" } }, _attachments: {} }), 5);
    expect(data.length).toBe(0);
    expect(doc).toEqual({ data: "AAAA", versions: { "1.0.0": { data: "x" } }, _attachments: {} });
  });

  it("accepts escaped slashes in the base64 and refuses broken JSON or base64", () => {
    const escaped = JSON.stringify({ _attachments: { f: { data: "__" } } }).replace("__", "/w==".replace("/", "\\/"));
    expect(scan(escaped, 2).data).toEqual(Buffer.from("/w==", "base64"));
    expect(() => scan('{"_attachments":{"f":{"data":"AA"}}', 4)).toThrow(PublishBodyError);
    expect(() => scan('{"_attachments":{"f":{"data":"A*A="}}}', 64)).toThrow(PublishBodyError);
    expect(() => scan("[}", 1)).toThrow(PublishBodyError);
  });

  it("bounds the metadata it keeps", () => {
    const scanner = new PublishBodyScanner({ onAttachmentStart() {}, onAttachmentData() {}, onAttachmentEnd() {} }, 10);
    expect(() => scanner.write(Buffer.from('{"readme":"a long readme"}'))).toThrow(/larger than 10 bytes/);
  });
});

describe("integrity", () => {
  const bytes = randomBytes(1000);
  const sri = (algorithm: string) => `${algorithm}-${createHash(algorithm).update(bytes).digest("base64")}`;

  it("passes matching bytes and fails the stream on a mismatch", async () => {
    const good = new IntegrityCheck(expectedDigests({ integrity: sri("sha512"), shasum: createHash("sha1").update(bytes).digest("hex") }), "t");
    expect((await buffer(Readable.from([bytes]).pipe(good))).equals(bytes)).toBe(true);
    // Another first digest character (a fixed one would match the real digest once in 64 runs).
    const wrong = sri("sha512").replace(/^sha512-(.)/, (_, first: string) => `sha512-${first === "A" ? "B" : "A"}`);
    const bad = new IntegrityCheck(expectedDigests({ integrity: wrong }), "t");
    await expect(buffer(Readable.from([bytes]).pipe(bad))).rejects.toThrow(/Integrity check failed/);
  });

  it("reads every known algorithm of an SRI string", () => {
    expect(expectedDigests({ integrity: `${sri("sha1")} ${sri("sha512")}?opt md5-xyz` }).map((d) => d.algorithm)).toEqual(["sha1", "sha512"]);
  });
});

describe("manifests", () => {
  const manifest = {
    name: "@a/b",
    version: "1.0.0",
    description: "d",
    homepage: "https://h",
    license: "MIT",
    repository: { type: "git", url: "git+https://r" },
    readme: "# b",
    dependencies: { x: "^1", "@s/y": "2", opt: "3" },
    optionalDependencies: { opt: "3" },
    devDependencies: { z: "*" },
    peerDependencies: { p: ">=1" },
    dist: { integrity: "sha512-x", tarball: "https://elsewhere/b.tgz" },
  };

  it("extracts what the API reports", () => {
    const metadata = versionMetadataOf({ full: "@a/b", scope: "a", name: "b" }, manifest, "# b");
    expect(metadata).toMatchObject({
      displayName: "@a/b",
      summary: "d",
      homePage: "https://h",
      sourceCodeRepository: "git+https://r",
      licenses: [{ name: "MIT" }],
      readme: "# b",
    });
    expect(dependenciesOf(manifest)).toEqual([
      { package: "x", dependencyType: "regular", versionRequirement: "^1" },
      { namespace: "s", package: "y", dependencyType: "regular", versionRequirement: "2" },
      { package: "z", dependencyType: "dev", versionRequirement: "*" },
      { package: "p", dependencyType: "peer", versionRequirement: ">=1" },
      { package: "opt", dependencyType: "optional", versionRequirement: "3" },
    ]);
  });

  it("stores the manifest without its readme and tarball URL", () => {
    const stored = toFormatMetadata(manifest) as { manifest: Record<string, unknown> };
    expect(stored.manifest.readme).toBeUndefined();
    expect(stored.manifest.dist).toEqual({ integrity: "sha512-x" });
  });
});

describe("dist-tag merge", () => {
  it("lets a later (more upstream) layer win, with versions the client can see", () => {
    const visible = new Set(["1.0.0", "1.0.1", "1.0.2"]);
    const merged = mergeDistTags(
      [
        { latest: "1.0.2", beta: "1.0.2" },
        { latest: "1.0.1", old: "0.9.0" },
      ],
      (v) => visible.has(v),
    );
    expect(merged).toEqual({ latest: "1.0.1", beta: "1.0.2" });
  });
});
