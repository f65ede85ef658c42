import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentStore } from '../store/document-store.js';
import { parseUpload } from './parse-upload.js';

/** Setting that records the fixtures were loaded once (so deleting them all does not bring them back). */
const LOADED_KEY = 'fixtures-loaded';

export interface FixtureLoadReport {
  ingested: string[];
  unchanged: string[];
  failed: { file: string; reason: string }[];
  /** True when the fixtures had already been loaded on an earlier start and nothing was done. */
  skipped: boolean;
}

/**
 * On the first start only, ingests the sample records `<dir>/*.txt` and `<dir>/*.pdf` (not sub-folders
 * such as gold/, not JSON) so a fresh install has meetings to compare.
 */
export async function loadFixturesOnce(store: DocumentStore, dir: string): Promise<FixtureLoadReport> {
  const report: FixtureLoadReport = { ingested: [], unchanged: [], failed: [], skipped: false };
  if ((await store.getSetting(LOADED_KEY)) !== null) return { ...report, skipped: true };
  let files: string[] = [];
  try {
    files = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && /\.(txt|pdf)$/i.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch {
    files = [];
  }
  for (const name of files) {
    const bytes = readFileSync(join(dir, name));
    const parsed = await parseUpload(bytes, name);
    if (!parsed.ok) {
      report.failed.push({ file: name, reason: parsed.detail });
      continue;
    }
    const result = await store.ingest({ document: parsed.document, original: bytes, fileName: name });
    report[result.status === 'ingested' ? 'ingested' : 'unchanged'].push(name);
  }
  await store.setSetting(LOADED_KEY, new Date().toISOString());
  return report;
}
