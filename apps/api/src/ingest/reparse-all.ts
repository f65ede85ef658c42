import type { DocumentStore } from '../store/document-store.js';
import { parseUpload } from './parse-upload.js';

export interface ReparseReport {
  /** Ids whose parse changed. */
  changed: string[];
  unchanged: string[];
  /** Kept with their old parse: the current parser refuses the original. */
  failed: { id: string; reason: string }[];
}

/**
 * Re-parses every stored original with the current parser and replaces the parse (same id), one
 * transaction per document. A document the parser now refuses keeps its old parse and is reported.
 */
export async function reparseAll(
  store: DocumentStore,
  onProgress?: (done: number, total: number, id: string) => void,
): Promise<ReparseReport> {
  const report: ReparseReport = { changed: [], unchanged: [], failed: [] };
  const ids = await store.listOriginalIds();
  for (const [i, id] of ids.entries()) {
    const original = await store.getOriginal(id);
    const before = await store.getDocumentJson(id);
    if (!original || before === null) continue;
    const parsed = await parseUpload(original.bytes, original.fileName);
    if (!parsed.ok) {
      report.failed.push({ id, reason: parsed.detail });
    } else {
      await store.replaceParse(id, parsed.document);
      const after = await store.getDocumentJson(id);
      report[after === before ? 'unchanged' : 'changed'].push(id);
    }
    onProgress?.(i + 1, ids.length, id);
  }
  return report;
}
