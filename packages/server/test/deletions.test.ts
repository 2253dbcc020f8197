import { Readable } from "node:stream";
import type { RequestContext } from "@codeartifact-local/smithy-runtime";
import { blobDomainKey, type DomainRecord, type RepositoryRecord } from "@codeartifact-local/store";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHandlers } from "@codeartifact-local/api";
import { defaultConfig, openServices, type ServerServices as Services } from "../src";

// What deleting a repository or a domain takes with it, seen in the store and the blob store
// (nothing can publish packages through the API yet, so the content is written directly).

let services: Services;
const handlers = () => createHandlers(services);
const context = (operation: string): RequestContext =>
  ({
    accountId: "111122223333",
    region: "us-west-2",
    requestId: "test",
    operation,
    host: "localhost",
    protocol: "http",
    log: console,
  }) as unknown as RequestContext;

beforeEach(async () => {
  services = await openServices({ ...defaultConfig, inMemory: true });
});
afterEach(() => services.close());

async function publish(domain: DomainRecord, repository: RepositoryRecord, name: string, content: string): Promise<string> {
  const blob = await services.blobs.put(blobDomainKey(domain), Readable.from([content]));
  const pkg =
    (await services.store.packages.get(repository.id, { format: "generic", namespace: "ns", name })) ??
    (await services.store.packages.create({
      repositoryId: repository.id,
      format: "generic",
      namespace: "ns",
      name,
      originRestrictions: { publish: "ALLOW", upstream: "BLOCK" },
    }));
  const version = await services.store.versions.create({
    packageId: pkg.id,
    version: `${Date.now()}-${Math.random()}`,
    status: "Published",
    revision: "r",
    origin: { type: "INTERNAL" },
  });
  await services.store.assets.add(version.id, {
    name: "file.bin",
    size: blob.size,
    hashes: { md5: blob.md5, sha1: blob.sha1, sha256: blob.sha256, sha512: blob.sha512 },
  });
  return blob.sha256;
}

async function setUp() {
  const h = handlers();
  await h.createDomain!({ domain: "d1" }, context("CreateDomain"));
  await h.createRepository!({ domain: "d1", repository: "a" }, context("CreateRepository"));
  await h.createRepository!({ domain: "d1", repository: "b" }, context("CreateRepository"));
  const domain = (await services.store.domains.get({ account: "111122223333", region: "us-west-2", name: "d1" }))!;
  const a = (await services.store.repositories.get(domain.id, "a"))!;
  const b = (await services.store.repositories.get(domain.id, "b"))!;
  return { domain, a, b };
}

describe("DeleteRepository", () => {
  it("removes the repository's packages and versions, and the blobs no other repository uses", async () => {
    const { domain, a, b } = await setUp();
    const onlyInA = await publish(domain, a, "tool", "only in a");
    const shared = await publish(domain, a, "lib", "in both");
    await publish(domain, b, "lib", "in both");
    expect((await handlers().describeDomain!({ domain: "d1" }, context("DescribeDomain"))).domain!.assetSizeBytes).toBe("only in a".length + "in both".length);

    await handlers().deleteRepository!({ domain: "d1", repository: "a" }, context("DeleteRepository"));
    expect(await services.store.packages.count(a.id)).toBe(0);
    const key = blobDomainKey(domain);
    expect(await services.blobs.has(key, onlyInA)).toBe(false);
    expect(await services.blobs.has(key, shared)).toBe(true);
    expect((await handlers().describeDomain!({ domain: "d1" }, context("DescribeDomain"))).domain).toMatchObject({
      repositoryCount: 1,
      assetSizeBytes: "in both".length,
    });
  });
});

describe("DeleteDomain", () => {
  it("removes the domain's blobs once its repositories are gone", async () => {
    const { domain, a, b } = await setUp();
    const digest = await publish(domain, a, "tool", "content");
    await handlers().deleteRepository!({ domain: "d1", repository: "a" }, context("DeleteRepository"));
    await handlers().deleteRepository!({ domain: "d1", repository: b.name }, context("DeleteRepository"));
    // A blob the repository deletion kept (here: written but never referenced) goes with the domain.
    const orphan = (await services.blobs.put(blobDomainKey(domain), Readable.from(["orphan"]))).sha256;
    await handlers().deleteDomain!({ domain: "d1" }, context("DeleteDomain"));
    expect(await services.blobs.has(blobDomainKey(domain), digest)).toBe(false);
    expect(await services.blobs.has(blobDomainKey(domain), orphan)).toBe(false);
    expect(await services.store.groups.listAll(domain.id)).toEqual([]);
  });
});
