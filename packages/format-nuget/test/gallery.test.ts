import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NugetGallery, readLeaf, readServiceIndex, type GalleryPackage } from "../src/gallery";

// The client for the feed behind public:nuget-org, against a small feed on loopback laid out as
// nuget.org lays out large packages: registration pages that are documents of their own.

let server: Server;
let base: string;
const requests: string[] = [];

const leaf = (version: string, extra: Record<string, unknown> = {}) => ({
  "@id": `${base}/reg/big.pkg/${version}.json`,
  catalogEntry: {
    id: "Big.Pkg",
    version,
    description: `Big ${version}`,
    authors: ["A", "B"],
    tags: ["x", "y"],
    licenseExpression: "MIT",
    published: "2024-05-01T00:00:00Z",
    dependencyGroups: [{ targetFramework: "net8.0", dependencies: [{ id: "Dep.One", range: "[1.0.0, )" }, { range: "no id" }] }],
    ...extra,
  },
  packageContent: `${base}/files/big.pkg.${version.toLowerCase()}.nupkg`,
});

const documents: Record<string, () => unknown> = {
  "/feed/index.json": () => ({
    version: "3.0.0",
    resources: [
      { "@id": `${base}/flat`, "@type": "PackageBaseAddress/3.0.0" },
      { "@id": `${base}/reg-old/`, "@type": "RegistrationsBaseUrl" },
      { "@id": `${base}/reg/`, "@type": ["RegistrationsBaseUrl/3.6.0", "Other"] },
    ],
  }),
  "/reg/big.pkg/index.json": () => ({
    count: 2,
    items: [
      { "@id": `${base}/reg/big.pkg/page1.json`, count: 2, lower: "1.0.0", upper: "1.1.0" },
      { "@id": `${base}/reg/big.pkg/page2.json`, count: 1, lower: "2.0.0-rc", upper: "2.0.0-rc" },
    ],
  }),
  "/reg/big.pkg/page1.json": () => ({ items: [leaf("1.0.0"), leaf("1.01.0.0", { listed: false, published: "1900-01-01T00:00:00Z" })] }),
  "/reg/big.pkg/page2.json": () => ({ items: [leaf("2.0.0-RC"), { catalogEntry: {} }, "garbage"] }),
  "/reg/broken.pkg/index.json": () => ({ items: [{ "@id": `${base}/reg/broken.pkg/missing.json` }] }),
};

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? "");
    const document = documents[request.url ?? ""];
    if (document) return void response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(document()));
    if (request.url?.startsWith("/files/")) return void response.writeHead(200).end(`bytes of ${request.url}`);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const gallery = (url: string | undefined) =>
  new NugetGallery({
    externalConnectionUrls: url === undefined ? {} : { "public:nuget-org": url },
    externalConnectionTimeoutMs: 2000,
    externalMetadataMaxAgeMs: 0,
  });

const coordinate = (name: string) => ({ format: "nuget" as const, name });

describe("the public NuGet feed client", () => {
  it("finds the service index from the configured URL or nuget.org's", () => {
    expect(gallery("http://feed.test/v3/index.json/").baseUrl("public:nuget-org")).toBe("http://feed.test/v3/index.json");
    expect(gallery("http://feed.test/nuget").baseUrl("public:nuget-org")).toBe("http://feed.test/nuget/index.json");
    expect(gallery("http://feed.test/nuget/").baseUrl("public:nuget-org")).toBe("http://feed.test/nuget/index.json");
    expect(gallery(undefined).baseUrl("public:nuget-org")).toBe("https://api.nuget.org/v3/index.json");
    expect(gallery(undefined).baseUrl("public:npmjs")).toBeUndefined();
  });

  it("reads the resources it needs, preferring SemVer 2.0.0 registration hives", () => {
    const resources = readServiceIndex(documents["/feed/index.json"](), `${base}/feed/index.json`);
    expect(resources).toEqual({ packageBase: `${base}/flat/`, registrationBase: `${base}/reg/` });
    expect(readServiceIndex({ resources: "nope" }, "http://x/index.json")).toEqual({ packageBase: undefined, registrationBase: undefined });
    expect(readServiceIndex(null, "http://x/index.json")).toEqual({ packageBase: undefined, registrationBase: undefined });
    expect(readLeaf({ catalogEntry: { id: "X" } })).toBeUndefined();
    expect(readLeaf(42)).toBeUndefined();
  });

  it("lists every version across registration pages, normalized, with the feed's listing and metadata", async () => {
    const result = await gallery(`${base}/feed/index.json`).getPackage("public:nuget-org", coordinate("big.pkg"));
    expect(result.ok).toBe(true);
    const pkg = (result as { value: GalleryPackage }).value;
    expect(pkg.versions.map((v) => [v.version, v.data.listed, v.publishedTime])).toEqual([
      ["1.0.0", true, "2024-05-01T00:00:00Z"],
      ["1.1.0", false, undefined],
      ["2.0.0-RC", true, "2024-05-01T00:00:00Z"],
    ]);
    expect(pkg.versions[0].data.data).toEqual({
      id: "Big.Pkg",
      title: undefined,
      authors: "A, B",
      tags: "x y",
      licenseUrl: undefined,
      licenseExpression: "MIT",
      dependencyGroups: [{ targetFramework: "net8.0", dependencies: [{ id: "Dep.One", range: "[1.0.0, )" }] }],
    });
  });

  it("answers not found for a package the feed does not have, unreachable for a broken feed", async () => {
    expect(await gallery(`${base}/feed/index.json`).getPackage("public:nuget-org", coordinate("missing.pkg"))).toEqual({ ok: false, notFound: true });
    const broken = await gallery(`${base}/feed/index.json`).getPackage("public:nuget-org", coordinate("broken.pkg"));
    expect(broken).toMatchObject({ ok: false, unreachable: expect.stringMatching(/missing\.json answered 404/) });
    const noIndex = await gallery(`${base}/nothing/index.json`).getPackage("public:nuget-org", coordinate("big.pkg"));
    expect(noIndex).toMatchObject({ ok: false, unreachable: expect.stringMatching(/answered 404/) });
  });

  it("downloads a version's .nupkg with the metadata to record, and only that asset", async () => {
    const client = gallery(`${base}/feed/index.json`);
    const listed = await client.getPackage("public:nuget-org", coordinate("big.pkg"));
    const pkg = (listed as { value: GalleryPackage }).value;
    const version = pkg.versions[2];
    expect(await client.fetchAsset("public:nuget-org", coordinate("big.pkg"), pkg, version, "big.pkg.1.0.0.nupkg")).toEqual({ ok: false, notFound: true });
    const fetched = await client.fetchAsset("public:nuget-org", coordinate("big.pkg"), pkg, version, "big.pkg.2.0.0-rc.nupkg");
    if (!fetched.ok) throw new Error("not fetched");
    const chunks: Buffer[] = [];
    for await (const chunk of fetched.value.content) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe("bytes of /files/big.pkg.2.0.0-rc.nupkg");
    expect(fetched.value.metadata).toMatchObject({
      displayName: "Big.Pkg",
      summary: "Big 2.0.0-RC",
      licenses: [{ name: "MIT" }],
      dependencies: [{ package: "dep.one", versionRequirement: "[1.0.0, )", dependencyType: "net8.0" }],
    });
  });
});
