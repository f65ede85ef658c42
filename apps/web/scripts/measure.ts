/**
 * Prints the web app's two figures (issue 5) as JSON: the gzip size of the JavaScript the first page
 * loads, and the time from navigation to a rendered compare of the two largest fixtures.
 * Starts its own API (temp data dir, fixtures loaded) on 127.0.0.1:$SOM_MEASURE_PORT (3199) serving
 * apps/web/dist, which it builds first unless `--no-build`. Run: `pnpm --filter @som/web measure`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { measureCompareRender, measureFirstPageJs, measureInAppCompare } from '../e2e/measure-lib';

const ROOT = resolve(import.meta.dirname, '../../..');
const PORT = Number(process.env.SOM_MEASURE_PORT ?? 3199);
const BASE = `http://127.0.0.1:${PORT}`;

async function waitForHealth(timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`API did not answer on ${BASE} within ${timeoutMs} ms`);
}

async function main() {
  if (!process.argv.includes('--no-build'))
    execFileSync('pnpm', ['--filter', '@som/web', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const dataDir = mkdtempSync(join(tmpdir(), 'som-measure-'));
  const server = spawn('pnpm', ['--filter', '@som/api', 'start'], {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      SOM_DATA_DIR: dataDir,
      SOM_LOAD_FIXTURES: 'true',
      SOM_RATE_LIMIT: '0',
      SOM_LOG_LEVEL: 'warn',
    },
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    await waitForHealth(60_000);
    const docs = (await (await fetch(`${BASE}/api/documents?pageSize=200`)).json()) as {
      items: { id: string; fileName: string | null; startDate: string | null; format: string }[];
    };
    const sized = docs.items
      .filter((d) => d.format === 'txt' && d.fileName)
      .map((d) => {
        let bytes = 0;
        try {
          bytes = statSync(join(ROOT, 'fixtures', d.fileName!)).size;
        } catch {
          bytes = 0;
        }
        return { ...d, bytes };
      })
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 2)
      .sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? ''));
    if (sized.length < 2) throw new Error('need two stored fixtures to compare');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const js = await measureFirstPageJs(page, `${BASE}/`);
    const permalink = `/compare?base=${sized[0]!.id}&target=${sized[1]!.id}`;
    const compareInAppMs = await measureInAppCompare(page, `${BASE}/`, permalink);
    const compare = await measureCompareRender(page, `${BASE}${permalink}`);
    const result = {
      firstPageJsGzipKB: Math.round((js.gzip / 1024) * 10) / 10,
      firstPageJsFiles: js.files.length,
      compareFixtures: [sized[0]!.fileName, sized[1]!.fileName],
      compareInAppMs,
      compareColdMs: compare.coldMs,
      compareWarmMedianMs: compare.warmMedianMs,
      compareRunsMs: compare.runsMs,
      targets: { firstPageJsGzipKB: 150, compareMs: 300 },
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
