import type { BlobStore, StoreOps } from "@codeartifact-local/store";

/**
 * Removes blobs no asset in the domain references any more. Asset bytes are stored once per
 * domain, so a blob is deleted only when its last asset row is gone. Blobs being uploaded (put
 * done, asset row not yet written) are held, so a concurrent delete or dispose of another version
 * with the same content cannot remove them from under the upload.
 */
export class BlobJanitor {
  readonly #held = new Map<string, number>();

  constructor(private readonly blobs: BlobStore) {}

  /** Marks a blob as in use until the returned release function is called. */
  hold(domainKey: string, sha256: string): () => void {
    const key = `${domainKey}#${sha256}`;
    this.#held.set(key, (this.#held.get(key) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const count = (this.#held.get(key) ?? 1) - 1;
      if (count > 0) this.#held.set(key, count);
      else this.#held.delete(key);
    };
  }

  /** Deletes the given blobs of the domain that are neither referenced nor held. */
  async collect(store: StoreOps, domain: { id: number; key: string }, sha256s: Iterable<string>): Promise<string[]> {
    const removed: string[] = [];
    for (const sha256 of new Set(sha256s)) {
      if (this.#held.has(`${domain.key}#${sha256}`)) continue;
      if ((await store.assets.blobReferenceCount(domain.id, sha256)) > 0) continue;
      if (await this.blobs.delete(domain.key, sha256)) removed.push(sha256);
    }
    return removed;
  }

  /**
   * Runs `work`, which stores blobs for asset rows it is about to write: each blob it tracks is
   * held until `work` ends, then collected unless a row references it, so a refused or raced write
   * leaves no bytes behind while shared ones stay. `collect: false` only holds (a digest announced
   * before its bytes are stored).
   */
  async writing<T>(store: StoreOps, domain: { id: number; key: string }, work: (track: (sha256: string, collect?: boolean) => void) => Promise<T>): Promise<T> {
    const releases: Array<() => void> = [];
    const written: string[] = [];
    try {
      return await work((sha256, collect = true) => {
        releases.push(this.hold(domain.key, sha256));
        if (collect) written.push(sha256);
      });
    } finally {
      for (const release of releases) release();
      await this.collect(store, domain, written);
    }
  }
}
