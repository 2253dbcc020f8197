import type { StoreOps } from "@codeartifact-local/store";

// Blobs are stored once per domain and shared by every asset that has the same content, so the
// store leaves them behind when rows go. Whoever deletes assets lists their blobs first and has
// the package service's janitor release, afterwards, those nothing references any more.

/** Digests of every asset blob a repository references. */
export async function blobsOfRepository(store: StoreOps, repositoryId: number): Promise<Set<string>> {
  const digests = new Set<string>();
  let after: string | undefined;
  do {
    const page = await store.packages.list(repositoryId, {}, { limit: 500, after });
    for (const pkg of page.items) {
      for (const version of await store.versions.listAll(pkg.id)) {
        for (const asset of await store.assets.listAll(version.id)) digests.add(asset.blobSha256);
      }
    }
    after = page.next;
  } while (after !== undefined);
  return digests;
}
