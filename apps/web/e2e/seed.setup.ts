import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test } from '@playwright/test';
import { listFixtureFiles, SEED_FILE, type SeededFixture } from './fixtures';

test('loads every fixture record through the API', async ({ request }) => {
  const seeded: SeededFixture[] = [];
  for (const fixture of listFixtureFiles()) {
    const response = await request.post('/api/documents', {
      data: { text: readFileSync(fixture.path, 'utf8'), fileName: fixture.file },
    });
    expect([200, 201], `${fixture.file}: ${response.status()} ${await response.text()}`).toContain(
      response.status(),
    );
    const { document } = await response.json();
    seeded.push({
      file: fixture.file,
      bytes: fixture.bytes,
      id: document.id,
      startDate: document.meeting.startDate,
      classification: document.meta.classification,
      statements: document.statements.length,
    });
  }
  expect(seeded.length).toBeGreaterThan(0);
  // The API may also have loaded fixtures of its own (PDFs) at start: the library shows them all.
  const listed = await (await request.get('/api/documents?pageSize=200')).json();
  mkdirSync(dirname(SEED_FILE), { recursive: true });
  writeFileSync(SEED_FILE, JSON.stringify({ fixtures: seeded, total: listed.total }, null, 2));
});
