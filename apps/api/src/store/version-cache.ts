import type { DocumentVersion } from './document-store.js';

/** How often (ms) the database is asked whether another connection has written since the last look. */
export const VERSION_RECHECK_MS = 100;
const MAX_ENTRIES = 10_000;

/**
 * `DocumentVersion`s (content and parse hashes, marking) by document id, so a warm request does not
 * query SQLite for what it already knows. This process's writes call `forget` (ingest, reparse,
 * delete); writes by another connection to the same file (`som ingest`, `som reparse` while the server
 * runs) are noticed through SQLite's `PRAGMA data_version`, checked at most every `VERSION_RECHECK_MS`,
 * which empties the cache. Only found documents are kept, so a new document is seen at once.
 */
export class VersionCache {
  private readonly versions = new Map<string, DocumentVersion>();
  private dataVersion: unknown;
  private checkedAt = Number.NEGATIVE_INFINITY;

  /** `readDataVersion` returns `PRAGMA data_version` of the connection the versions are read through. */
  constructor(
    private readonly readDataVersion: () => unknown,
    private readonly recheckMs = VERSION_RECHECK_MS,
  ) {}

  /** The cached version of `id`, else `load`'s (kept when found). */
  get(id: string, load: () => DocumentVersion | null): DocumentVersion | null {
    this.revalidate();
    const cached = this.versions.get(id);
    if (cached) return cached;
    const loaded = load();
    if (loaded) {
      if (this.versions.size >= MAX_ENTRIES) this.versions.clear();
      this.versions.set(id, loaded);
    }
    return loaded;
  }

  /** Drops what is known of `id` (it was written by this process). */
  forget(id: string): void {
    this.versions.delete(id);
  }

  private revalidate(): void {
    const now = performance.now();
    if (now - this.checkedAt < this.recheckMs) return;
    this.checkedAt = now;
    const current = this.readDataVersion();
    if (current !== this.dataVersion) this.versions.clear();
    this.dataVersion = current;
  }
}
