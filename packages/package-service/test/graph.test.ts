import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findInGraph, findInUpstreams, listedVersions, packageGraph, retainHit } from "../src/graph";
import { fixture, repoRef, upload, type Fixture } from "./fixture";

// The package-graph view format endpoints list and download through: app → team → store, where
// store owns an external connection.

let f: Fixture;
afterEach(() => f?.close());

const npm = (repository: string, name = "lib") => ({ ...repoRef(repository), format: "npm" as const, name });
const publish = (repository: string, version: string, name = "lib") =>
  f.service.publishVersion({ ...npm(repository, name), version, assets: [upload("package.tgz", `${repository}:${name}@${version}`)] });

describe("package graph", () => {
  beforeEach(async () => {
    f = await fixture(["app", "team", "store"]);
    await f.services.store.upstreams.set(f.repos.app.id, ["team"]);
    await f.services.store.upstreams.set(f.repos.team.id, ["store"]);
    await f.services.store.externalConnections.add(f.repos.store.id, { name: "public:npmjs", packageFormat: "npm" });
  });

  it("searches the repository, then its upstreams depth-first, then the external connections", async () => {
    await publish("team", "1.0.0");
    await publish("store", "1.0.0");
    await publish("store", "2.0.0");
    const graph = await packageGraph(f.service, npm("app"));
    expect(graph.repositories.map((r) => r.repository.name)).toEqual(["app", "team", "store"]);
    // store published the package itself (publish=ALLOW, upstream=BLOCK there): no ingestion.
    expect(graph.externalConnections).toEqual([]);
    // First hit wins: 1.0.0 comes from team, not store.
    expect(listedVersions(graph).map((h) => `${h.version.version}@${h.source.repository.name}`)).toEqual(["1.0.0@team", "2.0.0@store"]);
    expect(findInUpstreams(graph, "2.0.0")?.source.repository.name).toBe("store");
  });

  it("includes the external connection when nothing blocks ingestion", async () => {
    const graph = await packageGraph(f.service, npm("app"));
    expect(graph.externalConnections.map((c) => `${c.owner.name}:${c.name}`)).toEqual(["store:public:npmjs"]);
    expect(graph.blocked).toBe(false);
  });

  it("lets a version the repository holds shadow upstream copies, whatever its status", async () => {
    await publish("app", "1.0.0");
    await publish("team", "1.0.0");
    await f.service.updateVersionsStatus({ ...npm("app"), versions: ["1.0.0"], targetStatus: "Archived" });
    const graph = await packageGraph(f.service, npm("app"));
    expect(findInGraph(graph, "1.0.0")?.source.repository.name).toBe("app");
    expect(listedVersions(graph)).toEqual([]);
  });

  it("leaves upstreams and external connections out when the package's upstream setting blocks them", async () => {
    await publish("team", "1.0.0");
    // Publishing first here gives the package publish=ALLOW, upstream=BLOCK.
    await publish("app", "2.0.0");
    const graph = await packageGraph(f.service, npm("app"));
    expect(graph.repositories.map((r) => r.repository.name)).toEqual(["app"]);
    expect(graph.externalConnections).toEqual([]);
    expect(graph.blocked).toBe(true);
  });

  it("drops an external connection whose owner may not ingest the package", async () => {
    await f.service.putOriginConfiguration(npm("store"), { publish: "ALLOW", upstream: "BLOCK" });
    const graph = await packageGraph(f.service, npm("app"));
    expect(graph.externalConnections).toEqual([]);
    expect(graph.repositories).toHaveLength(3);
  });

  it("retains an upstream hit in the called repository only, keeping its origin", async () => {
    await publish("store", "1.0.0");
    const graph = await packageGraph(f.service, npm("app"));
    const retained = await retainHit(f.service, graph, findInGraph(graph, "1.0.0")!);
    expect(retained.origin).toEqual({ type: "INTERNAL", domainEntryPoint: { repositoryName: "store" } });
    expect((await f.service.listAllVersions(npm("app"))).versions.map((v) => v.version)).toEqual(["1.0.0"]);
    expect((await f.service.listAllVersions(npm("team"))).versions).toEqual([]);
  });
});
