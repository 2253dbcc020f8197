import { createHash } from "node:crypto";
import { get } from "node:http";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setOrigin } from "../support/checks";
import { serverFixture } from "../support/fixture";
import { EMPTY_JAR, startStaticRepository, writeStaticArtifact, type StaticRepository } from "../support/maven";

// The Maven endpoint at the HTTP level, as `mvn deploy` and curl users drive it (AWS's curl
// publishing flow): challenges, checksums, the Unfinished → Published step, SNAPSHOT builds, the
// generated maven-metadata.xml, and the refusals. `repo` has `store` as upstream, whose
// `public:maven-central` is a static Maven layout on loopback.

const domain = "mvnwire";
let central: StaticRepository;
let token: string;

const fx = serverFixture({
  tempPrefix: "ca-maven-protocol-",
  server: async (dir) => {
    const root = join(dir, "central");
    writeStaticArtifact(root, {
      groupId: "org.standin",
      artifactId: "ext",
      versions: [
        { version: "1.0", jar: EMPTY_JAR },
        { version: "1.1", jar: EMPTY_JAR },
      ],
    });
    central = await startStaticRepository(root);
    return { inMemory: true, env: { EXTERNAL_CONNECTION_URLS: `public:maven-central=${central.url}/` }, args: ["--external-metadata-max-age-ms", "0"] };
  },
  domains: {
    [domain]: [
      { name: "store", externalConnection: "public:maven-central" },
      { name: "repo", upstreams: ["store"] },
    ],
  },
});

const base = () => `${fx.server.url}/maven/d/${domain}-123456789012/repo/`;
const auth = (secret = token) => ({ authorization: `Basic ${Buffer.from(`aws:${secret}`).toString("base64")}` });
const put = (path: string, body: string | Buffer) => fetch(`${base()}${path}`, { method: "PUT", headers: auth(), body });
const read = (path: string) => fetch(`${base()}${path}`, { headers: auth() });
const sha1 = (bytes: string | Buffer) => createHash("sha1").update(bytes).digest("hex");
const ref = (namespace: string, name: string) => ({ domain, repository: "repo", format: "maven" as const, namespace, package: name });

async function statuses(namespace: string, name: string) {
  const listed = await fx.client.send(new sdk.ListPackageVersionsCommand(ref(namespace, name)));
  return Object.fromEntries((listed.versions ?? []).map((v) => [v.version!, v.status]));
}

const metadataXml = (group: string, artifact: string, versions: string[]) =>
  `<metadata><groupId>${group}</groupId><artifactId>${artifact}</artifactId><versioning><versions>${versions.map((v) => `<version>${v}</version>`).join("")}</versions></versioning></metadata>`;

/** Deploys one release the way mvn does: jar, its sha1, pom, its sha1, then the artifact-level metadata. */
async function deployRelease(group: string, artifact: string, version: string, jar: string) {
  const dir = `${group.replace(/\./g, "/")}/${artifact}/${version}/${artifact}-${version}`;
  const pom = `<project><modelVersion>4.0.0</modelVersion><groupId>${group}</groupId><artifactId>${artifact}</artifactId><version>${version}</version></project>`;
  for (const [path, body] of [
    [`${dir}.jar`, jar],
    [`${dir}.jar.sha1`, sha1(jar)],
    [`${dir}.pom`, pom],
    [`${dir}.pom.sha1`, sha1(pom)],
  ]) {
    expect((await put(path, body)).status, path).toBe(201);
  }
  expect((await put(`${group.replace(/\./g, "/")}/${artifact}/maven-metadata.xml`, metadataXml(group, artifact, [version]))).status).toBe(201);
}

beforeAll(async () => {
  token = (await fx.client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
});

afterAll(async () => {
  await central?.stop();
});

describe("authentication", () => {
  it("challenges an anonymous request with one WWW-Authenticate header per scheme, as Maven needs", async () => {
    const answer = await new Promise<{ status: number; raw: string[] }>((resolve, reject) =>
      get(`${base()}org/standin/ext/maven-metadata.xml`, (response) => {
        response.resume();
        resolve({ status: response.statusCode!, raw: response.rawHeaders });
      }).once("error", reject),
    );
    expect(answer.status).toBe(401);
    const challenges = answer.raw.filter((_, i) => i % 2 === 1 && answer.raw[i - 1].toLowerCase() === "www-authenticate");
    expect(challenges).toEqual([`Bearer realm="${domain}/repo"`, `Basic realm="${domain}/repo"`]);
  });

  it("refuses a wrong token with 401", async () => {
    const answer = await fetch(`${base()}org/standin/ext/maven-metadata.xml`, { headers: auth("not-a-token") });
    expect(answer.status).toBe(401);
  });
});

describe("publishing", () => {
  const dir = "com/example/wire/tool/1.0.0";
  const jar = "tool jar bytes";

  it("keeps a version Unfinished while a checksum mismatched, and publishes it once the checksums match", async () => {
    expect((await put(`${dir}/tool-1.0.0.jar.sha1`, sha1(jar))).status).toBe(404); // before its file
    expect((await put(`${dir}/tool-1.0.0.jar`, jar)).status).toBe(201);
    const wrong = await put(`${dir}/tool-1.0.0.jar.sha1`, sha1("other bytes"));
    expect(wrong.status).toBe(400);
    expect(wrong.statusText).toMatch(/sha1 checksum of tool-1\.0\.0\.jar is/);
    expect((await put(`${dir}/tool-1.0.0.jar.md5`, createHash("md5").update(jar).digest("hex").toUpperCase())).status).toBe(400);
    expect((await put("com/example/wire/tool/maven-metadata.xml", metadataXml("com.example.wire", "tool", ["1.0.0"]))).status).toBe(400);
    expect(await statuses("com.example.wire", "tool")).toEqual({ "1.0.0": "Unfinished" });
    expect((await read(`${dir}/tool-1.0.0.jar`)).status).toBe(404);

    expect((await put(`${dir}/tool-1.0.0.jar.sha1`, sha1(jar))).status).toBe(201);
    expect((await put(`${dir}/tool-1.0.0.jar.md5`, createHash("md5").update(jar).digest("hex"))).status).toBe(201);
    expect((await put("com/example/wire/tool/maven-metadata.xml", metadataXml("com.example.wire", "tool", ["1.0.0"]))).status).toBe(201);
    expect(await statuses("com.example.wire", "tool")).toEqual({ "1.0.0": "Published" });
    expect(await (await read(`${dir}/tool-1.0.0.jar`)).text()).toBe(jar);
    expect(await (await read(`${dir}/tool-1.0.0.jar.sha256`)).text()).toBe(createHash("sha256").update(jar).digest("hex"));
    // Checksums are verified, never stored as assets.
    const assets = await fx.client.send(new sdk.ListPackageVersionAssetsCommand({ ...ref("com.example.wire", "tool"), packageVersion: "1.0.0" }));
    expect(assets.assets?.map((a) => a.name)).toEqual(["tool-1.0.0.jar"]);
  });

  it("refuses to redeploy a Published release with other bytes, and keeps the stored ones", async () => {
    const again = await put(`${dir}/tool-1.0.0.jar`, "rebuilt jar bytes");
    expect(again.status).toBe(409);
    expect(await (await read(`${dir}/tool-1.0.0.jar.sha1`)).text()).toBe(sha1(jar));
  });

  it("refuses a version that origin controls block, and one the external repository has", async () => {
    await setOrigin(fx.client, ref("com.example.wire", "tool"), "BLOCK", "ALLOW");
    expect((await put("com/example/wire/tool/1.0.1/tool-1.0.1.jar", "x")).status).toBe(403);
    const taken = await put("org/standin/ext/1.1/ext-1.1.jar", "mine");
    expect(taken.status).toBe(409);
    expect(taken.statusText).toMatch(/already exists in public:maven-central/);
    expect((await put("com/example/wire/tool/1.0.1/other-1.0.1.jar", "x")).status).toBe(400);
  });
});

describe("maven-metadata.xml", () => {
  it("lists versions in Maven's order with latest and release, and follows statuses", async () => {
    for (const version of ["1.10", "1.9", "1.10-rc1"]) await deployRelease("com.example.order", "lib", version, `lib ${version}`);
    const xml = await (await read("com/example/order/lib/maven-metadata.xml")).text();
    expect(xml).toMatch(
      /<latest>1\.10<\/latest>\s*<release>1\.10<\/release>\s*<versions>\s*<version>1\.9<\/version>\s*<version>1\.10-rc1<\/version>\s*<version>1\.10<\/version>/,
    );
    expect(await (await read("com/example/order/lib/maven-metadata.xml.sha1")).text()).toBe(sha1(xml));
    await fx.client.send(new sdk.UpdatePackageVersionsStatusCommand({ ...ref("com.example.order", "lib"), versions: ["1.10"], targetStatus: "Archived" }));
    const after = await (await read("com/example/order/lib/maven-metadata.xml")).text();
    expect(after).toMatch(/<release>1\.10-rc1<\/release>/);
    expect(after).not.toMatch(/<version>1\.10<\/version>/);
    expect((await read("com/example/order/lib/1.10/lib-1.10.jar")).status).toBe(404);
  });

  it("merges the external repository's versions and retains a download from it", async () => {
    const xml = await (await read("org/standin/ext/maven-metadata.xml")).text();
    expect(xml).toMatch(/<release>1\.1<\/release>[\s\S]*<version>1\.0<\/version>\s*<version>1\.1<\/version>/);
    const pom = await read("org/standin/ext/1.0/ext-1.0.pom");
    expect(pom.status).toBe(200);
    expect(await pom.text()).toContain("<artifactId>ext</artifactId>");
    expect(await statuses("org.standin", "ext")).toEqual({ "1.0": "Published" });
    const described = await fx.client.send(new sdk.DescribePackageVersionCommand({ ...ref("org.standin", "ext"), packageVersion: "1.0" }));
    expect(described.packageVersion?.origin?.domainEntryPoint).toEqual({ externalConnectionName: "public:maven-central" });
  });
});

describe("SNAPSHOT builds", () => {
  const dir = "com/example/wire/snap/3.0-SNAPSHOT";
  async function deployBuild(timestamp: string, buildNumber: number, jar: string) {
    const build = `3.0-${timestamp}-${buildNumber}`;
    expect((await put(`${dir}/snap-${build}.jar`, jar)).status).toBe(201);
    expect((await put(`${dir}/snap-${build}.jar.sha1`, sha1(jar))).status).toBe(201);
    const xml = `<metadata><groupId>com.example.wire</groupId><artifactId>snap</artifactId><version>3.0-SNAPSHOT</version><versioning><snapshot><timestamp>${timestamp}</timestamp><buildNumber>${buildNumber}</buildNumber></snapshot></versioning></metadata>`;
    expect((await put(`${dir}/maven-metadata.xml`, xml)).status).toBe(201);
    return build;
  }

  it("makes each build the content of the SNAPSHOT version and keeps the earlier builds Unlisted", async () => {
    const first = await deployBuild("20260101.100000", 1, "build one");
    expect(await statuses("com.example.wire", "snap")).toEqual({ "3.0-SNAPSHOT": "Published", [first]: "Unlisted" });
    const second = await deployBuild("20260101.110000", 2, "build two");
    expect(await statuses("com.example.wire", "snap")).toEqual({ "3.0-SNAPSHOT": "Published", [first]: "Unlisted", [second]: "Unlisted" });

    const snapshotXml = await (await read(`${dir}/maven-metadata.xml`)).text();
    expect(snapshotXml).toMatch(/<timestamp>20260101\.110000<\/timestamp>\s*<buildNumber>2<\/buildNumber>/);
    expect(snapshotXml).toMatch(/<extension>jar<\/extension>\s*<value>3\.0-20260101\.110000-2<\/value>/);
    const assets = await fx.client.send(new sdk.ListPackageVersionAssetsCommand({ ...ref("com.example.wire", "snap"), packageVersion: "3.0-SNAPSHOT" }));
    expect(assets.assets?.map((a) => a.name)).toEqual([`snap-${second}.jar`]);
    // An earlier build stays downloadable by its exact name.
    expect(await (await read(`${dir}/snap-${first}.jar`)).text()).toBe("build one");
    expect(await (await read(`${dir}/snap-${second}.jar`)).text()).toBe("build two");
    // Artifact-level metadata lists the SNAPSHOT, never its builds.
    await put("com/example/wire/snap/maven-metadata.xml", metadataXml("com.example.wire", "snap", ["3.0-SNAPSHOT"]));
    const xml = await (await read("com/example/wire/snap/maven-metadata.xml")).text();
    expect(xml).toMatch(/<latest>3\.0-SNAPSHOT<\/latest>\s*<versions>\s*<version>3\.0-SNAPSHOT<\/version>\s*<\/versions>/);
  });
});
