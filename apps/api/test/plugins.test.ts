import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './harness.js';

describe('rate limit', () => {
  it('answers 429 as a problem once a client is over its limit', async () => {
    const t = await createTestApp({ rateLimit: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++)
        codes.push((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode);
      expect(codes).toEqual([200, 200, 200, 429]);
      const res = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(res.headers['content-type']).toContain('application/problem+json');
    } finally {
      await t.close();
    }
  });
});

describe('CORS', () => {
  it('is off unless an origin is configured', async () => {
    const off = await createTestApp();
    const on = await createTestApp({ corsOrigin: 'https://intranet.example' });
    try {
      const headers = { origin: 'https://intranet.example' };
      const a = await off.app.inject({ method: 'GET', url: '/api/health', headers });
      expect(a.headers['access-control-allow-origin']).toBeUndefined();
      const b = await on.app.inject({ method: 'GET', url: '/api/health', headers });
      expect(b.headers['access-control-allow-origin']).toBe('https://intranet.example');
    } finally {
      await off.close();
      await on.close();
    }
  });
});

describe('web app', () => {
  it('serves the built app and falls back to index.html for client-side routes', async () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'som-web-')), 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>built app</title>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    const withDist = await createTestApp({ webDist: dist });
    try {
      const root = await withDist.app.inject({ method: 'GET', url: '/' });
      expect(root.body).toContain('built app');
      expect(root.headers['cache-control']).toBe('no-cache');
      const asset = await withDist.app.inject({ method: 'GET', url: '/assets/app.js' });
      expect(asset.body).toBe('console.log(1)');
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const deep = await withDist.app.inject({ method: 'GET', url: '/compare/a/b' });
      expect(deep.statusCode).toBe(200);
      expect(deep.body).toContain('built app');
      expect(deep.headers['cache-control']).toBe('no-cache');
      const api = await withDist.app.inject({ method: 'GET', url: '/api/unknown' });
      expect(api.statusCode).toBe(404);
      const post = await withDist.app.inject({ method: 'POST', url: '/compare/a/b' });
      expect(post.statusCode).toBe(404);
    } finally {
      await withDist.close();
      rmSync(dirname(dist), { recursive: true, force: true });
    }
  });
});
