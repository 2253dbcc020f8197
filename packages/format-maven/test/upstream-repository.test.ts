import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MavenRepository } from "../src/upstream-repository";

// The client of a public Maven repository against a small Maven 2 layout served on loopback.

const jar = Buffer.from("jar bytes");
const files: Record<string, string | Buffer> = {
  "/m2/org/ex/lib/maven-metadata.xml":
    "<metadata><groupId>org.ex</groupId><artifactId>lib</artifactId><versioning><versions><version>1.0</version><version>1.1-SNAPSHOT</version><version>1.1</version></versions></versioning></metadata>",
  "/m2/org/ex/lib/1.0/lib-1.0.jar": jar,
  "/m2/org/ex/lib/1.0/lib-1.0.jar.sha1": `${createHash("sha1").update(jar).digest("hex")}  lib-1.0.jar\n`,
  "/m2/org/ex/lib/1.0/lib-1.0.pom":
    "<project><groupId>org.ex</groupId><artifactId>lib</artifactId><version>1.0</version><description>Lib</description><dependencies><dependency><groupId>org.dep</groupId><artifactId>dep</artifactId><version>2</version></dependency></dependencies></project>",
  "/m2/org/ex/broken/maven-metadata.xml": "<html>not metadata",
};

let server: Server;
let url: string;
const repository = () =>
  new MavenRepository({ externalConnectionUrls: { "public:maven-central": `${url}/m2` }, externalConnectionTimeoutMs: 2000, externalMetadataMaxAgeMs: 0 });
const coordinate = (name: string) => ({ format: "maven" as const, namespace: "org.ex", name });

beforeAll(async () => {
  server = createServer((request, response) => {
    const body = files[request.url ?? ""];
    if (body === undefined) return void response.writeHead(404).end();
    response.writeHead(200).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("a public Maven repository", () => {
  it("lists release versions from maven-metadata.xml, never SNAPSHOTs", async () => {
    const listed = await repository().getPackage("public:maven-central", coordinate("lib"));
    expect(listed.ok && listed.value.versions.map((v) => v.version)).toEqual(["1.0", "1.1"]);
    expect(await repository().getPackage("public:maven-central", coordinate("missing"))).toEqual({ ok: false, notFound: true });
  });

  it("counts a repository answering something else than metadata as unreachable", async () => {
    expect(await repository().getPackage("public:maven-central", coordinate("broken"))).toMatchObject({ ok: false, unreachable: expect.any(String) });
  });

  it("opens a file with the repository's .sha1 as its digest and the POM's metadata", async () => {
    const registry = repository();
    const pkg = await registry.getPackage("public:maven-central", coordinate("lib"));
    if (!pkg.ok) throw new Error("not listed");
    const fetched = await registry.fetchAsset("public:maven-central", coordinate("lib"), pkg.value, pkg.value.versions[0], "lib-1.0.jar");
    if (!fetched.ok) throw new Error("not fetched");
    const chunks: Buffer[] = [];
    for await (const chunk of fetched.value.content) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks)).toEqual(jar);
    expect(fetched.value.digests).toEqual([{ algorithm: "sha1", digest: createHash("sha1").update(jar).digest("base64") }]);
    expect(fetched.value.metadata).toMatchObject({ summary: "Lib", dependencies: [{ namespace: "org.dep", package: "dep", versionRequirement: "2" }] });
    const missing = await registry.fetchAsset("public:maven-central", coordinate("lib"), pkg.value, pkg.value.versions[0], "lib-1.0-javadoc.jar");
    expect(missing).toEqual({ ok: false, notFound: true });
  });
});
