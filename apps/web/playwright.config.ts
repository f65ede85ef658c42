import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium against the real API (port 3100, a fresh temp data dir)
 * serving the built web app. The `seed` project loads every fixture through the API first.
 */
const PORT = Number(process.env.SOM_E2E_PORT ?? 3100);
// Workers load this file too: the env var makes them share the main process's data dir.
process.env.SOM_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'som-e2e-'));

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous: the API computes a comparison on first request, and CI machines may be busy.
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
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
    },
  },
  projects: [
    { name: 'seed', testMatch: /seed\.setup\.ts/ },
    { name: 'chromium', testMatch: /\.spec\.ts/, dependencies: ['seed'] },
  ],
  webServer: {
    command: 'pnpm --filter @som/web build && pnpm --filter @som/api start',
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      SOM_DATA_DIR: process.env.SOM_E2E_DATA_DIR,
      NODE_ENV: 'production',
      SOM_LOAD_FIXTURES: 'true',
      SOM_RATE_LIMIT: '0',
      SOM_LOG_LEVEL: 'warn',
      SOM_AUTH: 'off',
    },
  },
});
