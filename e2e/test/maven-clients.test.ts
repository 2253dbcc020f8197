import { readdirSync } from "node:fs";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectOk } from "../support/checks";
import { serverFixture } from "../support/fixture";
import { EMPTY_JAR, MavenClientEnv, startStaticRepository, writeProject, writeStaticArtifact, type StaticRepository } from "../support/maven";

// Real mvn against the server, offline: a release and a SNAPSHOT deployed to `team`, then a
// consumer compiled through `app` → team → maven-central-store, whose `public:maven-central` is a
// static Maven layout served on loopback (the stand-in for Maven Central). The steps build on each other.

const domain = "mvnchain";
const group = "com.example.mvn";
let central: StaticRepository;
let maven: MavenClientEnv;
let token: string;

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

beforeAll(async () => {
  token = (await fx.client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
  maven = new MavenClientEnv(join(fx.dir.path, "client"), { "codeartifact-team": token, "codeartifact-app": token });
});

afterAll(async () => {
  await central?.stop();
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
