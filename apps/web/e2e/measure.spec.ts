import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pickLargestPair, readSeed } from './fixtures';
import { measureCompareRender, measureFirstPageJs, measureInAppCompare } from './measure-lib';

// Playwright's trace (kept on failure, so recorded for every test) snapshots the DOM and screen during
// the navigations being timed: it more than doubles them on a busy machine. The figures run without it.
test.use({ trace: 'off' });

test('measures first-page JS (gzip) and navigation-to-rendered-compare time', async ({ page }) => {
  test.setTimeout(120_000);
  const js = await measureFirstPageJs(page, '/');
  const [base, target] = pickLargestPair(readSeed());
  const permalink = `/compare?base=${base.id}&target=${target.id}`;
  const inAppMs = await measureInAppCompare(page, '/', permalink);
  const compare = await measureCompareRender(page, permalink);
  const result = {
    firstPageJsGzipKB: Math.round((js.gzip / 1024) * 10) / 10,
    firstPageJsRawKB: Math.round((js.raw / 1024) * 10) / 10,
    firstPageJsFiles: js.files.map((f) => `${f.url} ${(f.gzip / 1024).toFixed(1)} KB`),
    compare: { base: base.file, target: target.file, inAppMs, ...compare },
  };
  console.log(
    `[measure] first page JS: ${result.firstPageJsGzipKB} KB gzip (${result.firstPageJsRawKB} KB raw, ${js.files.length} files; target ≤ 150 KB)`,
  );
  console.log(
    `[measure] navigation → rendered compare (${base.file} vs ${target.file}; target < 300 ms): in-app ${inAppMs} ms; full page load cold ${compare.coldMs} ms, warm median ${compare.warmMedianMs} ms, returning-user median (runs 4+) ${compare.steadyMedianMs} ms (runs ${compare.runsMs.join(', ')})`,
  );
  const dir = join(import.meta.dirname ?? '.', '../test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'measure.json'), JSON.stringify(result, null, 2));
  expect(js.gzip).toBeGreaterThan(0);
  expect(compare.coldMs).toBeGreaterThan(0);
});
