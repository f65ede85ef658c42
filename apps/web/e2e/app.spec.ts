import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { pickLargestPair, readSeed, readSeedTotal, SCREENSHOTS_DIR } from './fixtures';
import { HOSTILE_RECORD } from './hostile-record';

mkdirSync(SCREENSHOTS_DIR, { recursive: true });

async function shoot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage });
}

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
test.afterEach(() => {
  expect(pageErrors, 'uncaught errors in the page').toEqual([]);
});

test('library lists the loaded meetings newest first', async ({ page }) => {
  const seed = readSeed();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Library of meetings' })).toBeVisible();
  const rows = page.locator('.library__table tbody tr');
  await expect(rows).toHaveCount(readSeedTotal());
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-start-date') ?? ''));
  expect(shown).toEqual([...shown].sort().reverse());
  const newest = [...seed].sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''))[0]!;
  expect(shown[0]).toBe(newest.startDate ?? '');
  if (seed.some((s) => s.classification)) await expect(page.getByTestId('marking-banner')).toBeVisible();
  await shoot(page, 'library');
  await page.setViewportSize({ width: 420, height: 900 });
  await shoot(page, 'library-narrow');
});

test('a meeting shows the clicked statement highlighted in its source', async ({ page }) => {
  const seed = readSeed();
  const stockholm = seed.find((s) => s.file.includes('stockholm')) ?? seed[0]!;
  await page.goto(`/meetings/${stockholm.id}`);
  const statements = page.locator('.statement');
  await expect(statements.first()).toBeVisible();
  if (stockholm.classification)
    await expect(page.getByTestId('marking-banner')).toContainText(stockholm.classification);
  const target = statements.nth(Math.min(5, (await statements.count()) - 1));
  const text = (await target.locator('.statement__text').textContent())!.trim();
  await target.click();
  await expect(page).toHaveURL(/\?statement=/);
  const mark = page.locator('.source-text mark');
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText(text);
  await expect(mark).toBeInViewport();
  await shoot(page, 'meeting', false);
  await page.setViewportSize({ width: 420, height: 900 });
  await shoot(page, 'meeting-narrow', false);
});

test('compare finds a stance shift and a word redline between the two largest records', async ({ page }) => {
  const [base, target] = pickLargestPair(readSeed());
  await page.goto(`/compare?base=${base.id}&target=${target.id}`);
  await expect(page.locator('.compare[data-ready="true"]')).toBeVisible();
  const shifted = page
    .locator('.topic-list [data-topic-id]')
    .filter({ has: page.locator('.count-chip--shift') });
  await expect(shifted.first()).toBeVisible();
  await shifted.first().click();
  await expect(page).toHaveURL(/topic=/);
  await expect(page.locator('.actor-table tr[data-change="shifted"]').first()).toBeVisible();
  await shoot(page, 'compare-topic');
  await page.getByRole('button', { name: 'All topics' }).click();
  await expect(page.locator('.redline del, .redline ins').first()).toBeVisible();
  await shoot(page, 'compare');
  // The permalink restores the same view.
  const url = page.url();
  await page.goto(url);
  await expect(page.locator('.compare[data-ready="true"]')).toBeVisible();
  await expect(page.locator('.redline').first()).toBeVisible();
});

test('compare exports Markdown with the marking', async ({ page }) => {
  const [base, target] = pickLargestPair(readSeed());
  await page.goto(`/compare?base=${base.id}&target=${target.id}`);
  await expect(page.locator('.compare[data-ready="true"]')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.md$/);
});

test('a topic timeline shows the actor grid, the chart, and a cell opens its statements', async ({
  page,
}) => {
  await page.goto('/topics');
  const card = page.locator('.topic-card').first();
  await expect(card).toBeVisible();
  await card.click();
  await expect(page.locator('.stance-grid')).toBeVisible();
  await expect(page.getByRole('img', { name: /Main stance of each side/ })).toBeVisible();
  const cell = page.locator('.cell-button').first();
  await cell.click();
  await expect(page.getByTestId('cell-statements').locator('li').first()).toBeVisible();
  await shoot(page, 'timeline');
});

test('search lands on the sentence in its meeting', async ({ page }) => {
  await page.goto('/search');
  await page.getByLabel('Words').fill('Europol');
  await page.getByRole('button', { name: 'Search' }).click();
  const hit = page.locator('.hit').first();
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toContainText(/europol/i);
  await shoot(page, 'search');
  await hit.locator('.hit__link').click();
  await expect(page).toHaveURL(/\/meetings\/[^?]+\?statement=/);
  const mark = page.locator('.source-text mark');
  await expect(mark).toContainText(/europol/i);
  await expect(mark).toBeInViewport();
  await shoot(page, 'search-landed', false);
});

test('upload shows a dry-run preview with warnings before saving', async ({ page }) => {
  const seed = readSeed();
  const sample = seed[seed.length - 1]!;
  const { readFileSync } = await import('node:fs');
  const { FIXTURES_DIR } = await import('./fixtures');
  await page.goto('/');
  await page.locator('input[type="file"]').setInputFiles({
    name: sample.file,
    mimeType: 'text/plain',
    buffer: readFileSync(join(FIXTURES_DIR, sample.file)),
  });
  const preview = page.getByTestId('upload-preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('heading', { name: /Warnings/ })).toBeVisible();
  await expect(preview.locator('.outline li').first()).toBeVisible();
  await shoot(page, 'upload-preview');
  await preview.getByRole('button', { name: 'Save to library' }).click();
  await expect(preview.getByRole('status')).toContainText(/already in the library|Saved/);
});

test('an uploaded record with <script> and HTML is shown as inert text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/');
  await page.locator('input[type="file"]').setInputFiles({
    name: 'hostile-sample.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(HOSTILE_RECORD, 'utf8'),
  });
  const preview = page.getByTestId('upload-preview');
  await expect(preview).toBeVisible();
  await expect(preview.locator('h3')).toContainText('Preview');
  await expect(preview.locator('script, img, b, a')).toHaveCount(0);
  await preview.getByRole('button', { name: 'Save to library' }).click();
  await preview.getByRole('link', { name: 'Open the meeting' }).click();
  const source = page.locator('.source-text');
  await expect(source).toContainText('<script>window.__pwned = 2</script>');
  await expect(source).toContainText('<img src=x onerror="window.__pwned = 3">');
  await expect(source.locator('script, img, a, b')).toHaveCount(0);
  const hostile = page.locator('.statement').filter({ hasText: '<img src=x' });
  if ((await hostile.count()) > 0) {
    await hostile.first().click();
    await expect(source.locator('mark')).toContainText('<img src=x');
  }
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  await shoot(page, 'inert-html', false);
});
