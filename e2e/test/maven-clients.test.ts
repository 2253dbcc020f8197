import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { get } from "node:http";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectOk, setOrigin } from "../support/checks";
import { serverFixture } from "../support/fixture";
import { EMPTY_JAR, MavenClientEnv, startStaticRepository, writeProject, writeStaticArtifact, type StaticRepository } from "../support/maven";

// The Maven endpoint, one server for the file. First real mvn, offline: a release and a SNAPSHOT
// deployed to `team`, then a consumer compiled through `app` → team → maven-central-store, whose
// `public:maven-central` is a static Maven layout served on loopback (the stand-in for Maven
// Central). Then the HTTP level as mvn and AWS's curl flow drive it, in domain `mvnwire` (`repo`
// with upstream `store`, which has the same connection): challenges, checksums, the Unfinished →
// Published step, SNAPSHOT builds, the generated maven-metadata.xml and the refusals. The steps of
// each part build on each other.

const domain = "mvnchain";
const wire = "mvnwire";
const group = "com.example.mvn";
let central: StaticRepository;
let maven: MavenClientEnv;
let token: string;
let wireToken: string;

const fx = serverFixture({
  tempPrefix: "ca-maven-clients-",
  server: async (dir) => {
    const root = join(dir, "central");
    writeStaticArtifact(root, {
      groupId: "org.standin",
      artifactId: "central-lib",
      versions: [
        { version: "2.0", jar: EMPTY_JAR },
        { version: "2.1", jar: EMPTY_JAR },
      ],
    });
    writeStaticArtifact(root, {
      groupId: "org.standin",
      artifactId: "ext",
      versions: [
        { version: "1.0", jar: EMPTY_JAR },
        { version: "1.1", jar: EMPTY_JAR },
      ],
    });
    central = await startStaticRepository(root);
    return {
      inMemory: true,
      env: { EXTERNAL_CONNECTION_URLS: `public:maven-central=${central.url}/` },
      args: ["--external-connection-timeout-ms", "5000", "--external-metadata-max-age-ms", "0"],
    };
  },
  domains: {
    [domain]: [
      { name: "maven-central-store", externalConnection: "public:maven-central" },
      { name: "team", upstreams: ["maven-central-store"] },
      { name: "app", upstreams: ["team"] },
    ],
    [wire]: [
      { name: "store", externalConnection: "public:maven-central" },
      { name: "repo", upstreams: ["store"] },
    ],
  },
});

const endpoint = (repository: string) => `${fx.server.url}/maven/d/${domain}-123456789012/${repository}/`;

async function versionsOf(repository: string, namespace: string, name: string) {
  try {
    const listed = await fx.client.send(new sdk.ListPackageVersionsCommand({ domain, repository, format: "maven", namespace, package: name }));
    return Object.fromEntries((listed.versions ?? []).map((v) => [v.version!, v.status]));
  } catch (error) {
    if ((error as Error).name === "ResourceNotFoundException") return undefined;
    throw error;
  }
}

const base = () => `${fx.server.url}/maven/d/${wire}-123456789012/repo/`;
const auth = (secret = wireToken) => ({ authorization: `Basic ${Buffer.from(`aws:${secret}`).toString("base64")}` });
const put = (path: string, body: string | Buffer) => fetch(`${base()}${path}`, { method: "PUT", headers: auth(), body });
const read = (path: string) => fetch(`${base()}${path}`, { headers: auth() });
const sha1 = (bytes: string | Buffer) => createHash("sha1").update(bytes).digest("hex");
const ref = (namespace: string, name: string) => ({ domain: wire, repository: "repo", format: "maven" as const, namespace, package: name });

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
  wireToken = (await fx.client.send(new sdk.GetAuthorizationTokenCommand({ domain: wire }))).authorizationToken!;
  maven = new MavenClientEnv(join(fx.dir.path, "client"), { "codeartifact-team": token, "codeartifact-app": token });
});

afterAll(async () => {
  await central?.stop().catch(() => undefined);
});

describe("mvn against the Maven endpoint", () => {
  it("deploys a release and a SNAPSHOT in one reactor build", async () => {
    const project = join(fx.dir.path, "publisher");
    const deployTo = { id: "codeartifact-team", url: endpoint("team") };
    writeProject(project, {
      groupId: group,
      artifactId: "publisher",
      version: "1",
      packaging: "pom",
      modules: ["lib", "snap"],
      properties: { "maven.deploy.skip": "true" },
    });
    writeProject(join(project, "lib"), {
      groupId: group,
      artifactId: "lib",
      version: "1.0.0",
      description: "The library",
      deployTo,
      sources: { "com/example/mvn/lib/Lib.java": 'package com.example.mvn.lib; public class Lib { public static String name() { return "lib"; } }' },
    });
    writeProject(join(project, "snap"), {
      groupId: group,
      artifactId: "snap",
      version: "2.0-SNAPSHOT",
      deployTo,
      dependencies: [{ groupId: group, artifactId: "lib", version: "1.0.0" }],
      sources: {
        "com/example/mvn/snap/Snap.java":
          'package com.example.mvn.snap; public class Snap { public static String name() { return com.example.mvn.lib.Lib.name() + "+snap"; } }',
      },
    });
    expectOk(await maven.mvn(project, ["deploy", "-Dmaven.install.skip=true", "-Dmaven.test.skip=true"]));

    expect(await versionsOf("team", group, "lib")).toEqual({ "1.0.0": "Published" });
    const snap = await versionsOf("team", group, "snap");
    expect(Object.keys(snap!).sort()).toHaveLength(2);
    expect(snap!["2.0-SNAPSHOT"]).toBe("Published");
    const build = Object.keys(snap!).find((v) => v !== "2.0-SNAPSHOT")!;
    expect(build).toMatch(/^2\.0-\d{8}\.\d{6}-1$/);
    expect(snap![build]).toBe("Unlisted");
  });

  it("compiles a consumer through a downstream repository, retaining from the upstream and from public:maven-central", async () => {
    const consumer = writeProject(join(fx.dir.path, "consumer"), {
      groupId: "com.example.app",
      artifactId: "consumer",
      version: "1.0",
      repositories: { "codeartifact-app": endpoint("app") },
      dependencies: [
        { groupId: group, artifactId: "snap", version: "2.0-SNAPSHOT" },
        { groupId: "org.standin", artifactId: "central-lib", version: "2.1" },
      ],
      sources: {
        "com/example/app/Main.java":
          "package com.example.app; public class Main { public static void main(String[] a) { System.out.println(com.example.mvn.snap.Snap.name()); } }",
      },
    });
    const compiled = await maven.mvn(consumer, ["compile"]);
    expectOk(compiled);
    // lib came in as snap's dependency (read from snap's POM), the SNAPSHOT through its timestamped build.
    const fetched = readdirSync(join(maven.localRepository, "com/example/mvn/snap/2.0-SNAPSHOT"));
    expect(fetched.filter((f) => /^snap-2\.0-\d{8}\.\d{6}-1\.jar$/.test(f))).toHaveLength(1);

    expect(await versionsOf("app", group, "lib")).toEqual({ "1.0.0": "Published" });
    expect(await versionsOf("app", "org.standin", "central-lib")).toEqual({ "2.1": "Published" });
    expect(await versionsOf("maven-central-store", "org.standin", "central-lib")).toEqual({ "2.1": "Published" });
    expect(await versionsOf("team", "org.standin", "central-lib")).toBeUndefined();
    const described = await fx.client.send(
      new sdk.DescribePackageVersionCommand({ domain, repository: "app", format: "maven", namespace: group, package: "lib", packageVersion: "1.0.0" }),
    );
    expect(described.packageVersion?.origin).toEqual({ originType: "INTERNAL", domainEntryPoint: { repositoryName: "team" } });
    expect(described.packageVersion?.summary).toBe("The library");
    const deps = await fx.client.send(
      new sdk.ListPackageVersionDependenciesCommand({
        domain,
        repository: "team",
        format: "maven",
        namespace: group,
        package: "snap",
        packageVersion: "2.0-SNAPSHOT",
      }),
    );
    expect(deps.dependencies).toEqual([{ namespace: group, package: "lib", dependencyType: "compile", versionRequirement: "1.0.0" }]);
    // The standard set (POM and jar here) is imported from the external repository, whichever was asked first.
    let assets: string[] = [];
    for (let i = 0; i < 50 && assets.length < 2; i++) {
      const listed = await fx.client.send(
        new sdk.ListPackageVersionAssetsCommand({
          domain,
          repository: "maven-central-store",
          format: "maven",
          namespace: "org.standin",
          package: "central-lib",
          packageVersion: "2.1",
        }),
      );
      assets = (listed.assets ?? []).map((a) => a.name!).sort();
      if (assets.length < 2) await new Promise((r) => setTimeout(r, 100));
    }
    expect(assets).toEqual(["central-lib-2.1.jar", "central-lib-2.1.pom"]);
  });
});

describe("the endpoint over HTTP: authentication", () => {
  it("challenges an anonymous request with one WWW-Authenticate header per scheme, as Maven needs", async () => {
    const answer = await new Promise<{ status: number; raw: string[] }>((resolve, reject) =>
      get(`${base()}org/standin/ext/maven-metadata.xml`, (response) => {
        response.resume();
        resolve({ status: response.statusCode!, raw: response.rawHeaders });
      }).once("error", reject),
    );
    expect(answer.status).toBe(401);
    const challenges = answer.raw.filter((_, i) => i % 2 === 1 && answer.raw[i - 1].toLowerCase() === "www-authenticate");
    expect(challenges).toEqual([`Bearer realm="${wire}/repo"`, `Basic realm="${wire}/repo"`]);
  });

  it("refuses a wrong token with 401", async () => {
    const answer = await fetch(`${base()}org/standin/ext/maven-metadata.xml`, { headers: auth("not-a-token") });
    expect(answer.status).toBe(401);
  });
});

describe("the endpoint over HTTP: publishing", () => {
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
    const head = await fetch(`${base()}${dir}/tool-1.0.0.jar`, { method: "HEAD", headers: auth() });
    expect([head.status, head.headers.get("content-length")]).toEqual([200, String(jar.length)]);
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

describe("the endpoint over HTTP: maven-metadata.xml", () => {
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

describe("the endpoint over HTTP: SNAPSHOT builds", () => {
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

describe("the endpoint over HTTP: API operations and retention", () => {
  it("answers the API's version operations on Maven packages (namespace = groupId)", async () => {
    const asset = await fx.client.send(
      new sdk.GetPackageVersionAssetCommand({ ...ref("com.example.wire", "tool"), packageVersion: "1.0.0", asset: "tool-1.0.0.jar" }),
    );
    expect(Buffer.from(await asset.asset!.transformToByteArray()).toString()).toBe("tool jar bytes");
    const copied = await fx.client.send(
      new sdk.CopyPackageVersionsCommand({
        domain: wire,
        sourceRepository: "repo",
        destinationRepository: "store",
        format: "maven",
        namespace: "com.example.order",
        package: "lib",
        versions: ["1.9"],
      }),
    );
    expect(Object.keys(copied.successfulVersions ?? {})).toEqual(["1.9"]);
    await fx.client.send(new sdk.DisposePackageVersionsCommand({ ...ref("com.example.order", "lib"), versions: ["1.9"] }));
    expect((await read("com/example/order/lib/1.9/lib-1.9.jar")).status).toBe(404);
    expect(await (await read("com/example/order/lib/maven-metadata.xml")).text()).not.toMatch(/<version>1\.9<\/version>/);
    await fx.client.send(new sdk.DeletePackageVersionsCommand({ ...ref("com.example.order", "lib"), versions: ["1.10-rc1"] }));
    expect(Object.keys(await statuses("com.example.order", "lib")).sort()).toEqual(["1.10", "1.9"]);
  });

  it("serves what was retained from the external repository once it is gone", async () => {
    await central.stop();
    const jar = await fetch(`${endpoint("app")}org/standin/central-lib/2.1/central-lib-2.1.jar`, {
      headers: { authorization: `Basic ${Buffer.from(`aws:${token}`).toString("base64")}` },
    });
    expect(jar.status).toBe(200);
    expect(Buffer.from(await jar.arrayBuffer())).toEqual(EMPTY_JAR);
    expect((await read("org/standin/ext/1.0/ext-1.0.pom")).status).toBe(200);
  });
});
