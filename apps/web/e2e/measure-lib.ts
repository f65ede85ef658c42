/**
 * The two figures issue 5 asks for, measured in a real browser: the gzip size of the JavaScript the
 * first page loads, and the time from navigation to a rendered comparison.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** Gzip size (level 9) of every script the page at `url` loads before the network is idle. */
export async function measureFirstPageJs(
  page: Page,
  url: string,
): Promise<{ files: { url: string; raw: number; gzip: number }[]; gzip: number; raw: number }> {
  const pending: Promise<{ url: string; raw: number; gzip: number } | null>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response
        .body()
        .then((body) => ({
          url: new URL(response.url()).pathname,
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
        }))
        .catch(() => null),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const files = (await Promise.all(pending)).filter(
    (f): f is { url: string; raw: number; gzip: number } => f !== null,
  );
  return { files, gzip: files.reduce((n, f) => n + f.gzip, 0), raw: files.reduce((n, f) => n + f.raw, 0) };
}

/**
 * Waits in the page for the performance mark `name` set at or after `after` ms and returns its time.
 * It only evaluates a small function (a PerformanceObserver): a locator would inject Playwright's
 * selector engine into the page while it renders, and its compile time would be measured too.
 */
export function waitForMark(page: Page, name: string, after = 0, timeoutMs = 30_000): Promise<number> {
  return page.evaluate(
    ([markName, since, limit]) =>
      new Promise<number>((resolve, reject) => {
        const find = () => performance.getEntriesByName(markName).find((m) => m.startTime >= since);
        const found = find();
        if (found) return resolve(found.startTime);
        const timer = setTimeout(() => reject(new Error(`no ${markName} mark within ${limit} ms`)), limit);
        const observer = new PerformanceObserver(() => {
          const mark = find();
          if (!mark) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(mark.startTime);
        });
        observer.observe({ type: 'mark' });
      }),
    [name, after, timeoutMs] as const,
  );
}

/**
 * Loads `url` (a compare permalink) `runs` times; each time reads the `som:compare-rendered` mark,
 * i.e. milliseconds from navigation start to the comparison rendered. The first run is cold (no
 * compiled code in the browser's cache); Chromium compiles and caches scripts over the next visits,
 * so the steady figure is the median of the runs after the third (a returning user).
 */
export async function measureCompareRender(
  page: Page,
  url: string,
  runs = 8,
): Promise<{ coldMs: number; warmMedianMs: number; steadyMedianMs: number; runsMs: number[] }> {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(url);
    const ms = await waitForMark(page, 'som:compare-rendered');
    // Checked after the mark, so the selector engine is not compiled inside the measured time.
    await page.locator('.compare[data-ready="true"]').waitFor({ timeout: 30_000 });
    runsMs.push(Math.round(ms));
  }
  return {
    coldMs: runsMs[0] ?? Number.NaN,
    warmMedianMs: median(runsMs.slice(1)),
    steadyMedianMs: median(runsMs.slice(3)),
    runsMs,
  };
}

/** The median of `values` (the upper one of an even count); NaN when empty. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Navigates inside the already loaded app (as a click on a link does) from `fromUrl` to the compare
 * permalink `url`, and returns the milliseconds until the comparison is rendered. Neither the compare
 * page's code nor its data are loaded before the navigation.
 */
export async function measureInAppCompare(page: Page, fromUrl: string, url: string): Promise<number> {
  await page.goto(fromUrl, { waitUntil: 'networkidle' });
  // The selector engine is injected before the navigation starts, never during it.
  await page.locator('#main').waitFor();
  const t0 = await page.evaluate((target) => {
    const start = performance.now();
    history.pushState(null, '', target);
    dispatchEvent(new PopStateEvent('popstate'));
    return start;
  }, url);
  const ms = await waitForMark(page, 'som:compare-rendered', t0);
  await page.locator('.compare[data-ready="true"]').waitFor({ timeout: 30_000 });
  return Math.round(ms - t0);
}
