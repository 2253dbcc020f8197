// Index documents (npm packuments, PyPI project pages) rendered from the store, kept until the
// store changes. Package managers ask for the same documents over and over (every install asks
// for every packument), while the data behind them changes only on writes; the store's change
// token says when that happened, in this process or another sharing the database.

export interface RenderedDocument {
  body: string;
  /**
   * False when the document depends on more than the store (a live external registry): it is
   * served but not kept.
   */
  cacheable: boolean;
}

interface Entry {
  token: string;
  body: string;
}

export interface RenderedCacheLimits {
  entries: number;
  bytes: number;
}

const DEFAULT_LIMITS: RenderedCacheLimits = { entries: 2000, bytes: 64 * 1024 * 1024 };

export class RenderedCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    private readonly changeToken: () => string,
    private readonly limits: RenderedCacheLimits = DEFAULT_LIMITS,
  ) {}

  /** The document under `key`: kept if the store has not changed since it was rendered, else rendered anew. */
  async get(key: string, render: () => Promise<RenderedDocument>): Promise<string> {
    // Read before rendering: a write during rendering leaves the result under a stale token.
    const token = this.changeToken();
    const kept = this.entries.get(key);
    if (kept) {
      this.drop(key, kept);
      if (kept.token === token) {
        this.keep(key, kept); // most recently used last
        return kept.body;
      }
    }
    const rendered = await render();
    if (rendered.cacheable) this.keep(key, { token, body: rendered.body });
    return rendered.body;
  }

  private keep(key: string, entry: Entry): void {
    // A string's length bounds its memory closely enough for a limit.
    const size = entry.body.length;
    if (size > this.limits.bytes) return;
    const previous = this.entries.get(key);
    if (previous) this.drop(key, previous);
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [oldKey, old] of this.entries) {
      if (this.entries.size <= this.limits.entries && this.bytes <= this.limits.bytes) break;
      this.drop(oldKey, old);
    }
  }

  private drop(key: string, entry: Entry): void {
    if (this.entries.delete(key)) this.bytes -= entry.body.length;
  }
}
