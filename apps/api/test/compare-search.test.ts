import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { MeetingDiffSchema } from '@som/compare';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.js';
import { makeMeetingPair } from './make-document.js';

let t: TestApp;
const [first, second] = makeMeetingPair();

beforeEach(async () => {
  t = await createTestApp({ seed: [first, second] });
});
afterEach(async () => t.close());

const compareUrl = `/api/compare?base=${first.id}&target=${second.id}`;

describe('GET /api/compare', () => {
  it('returns a MeetingDiff with an ETag and the marking', async () => {
    const res = await t.app.inject({ method: 'GET', url: compareUrl });
    expect(res.statusCode).toBe(200);
    const diff = MeetingDiffSchema.parse(res.json());
    expect(diff.base.id).toBe(first.id);
    expect(diff.topics.find((x) => x.topic.id === 'e-evidence')?.status).toBe('added');
    expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(res.headers['x-som-marking']).toBe('LIMITE');
  });

  it('answers 304 to a matching If-None-Match, 200 again after a reparse changes a side', async () => {
    const etag = (await t.app.inject({ method: 'GET', url: compareUrl })).headers.etag as string;
    const again = await t.app.inject({ method: 'GET', url: compareUrl, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    await t.store.replaceParse(first.id, { ...first, statements: first.statements.slice(1) });
    const after = await t.app.inject({ method: 'GET', url: compareUrl, headers: { 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
  });

  it('gives a different ETag for other options, and filters by topic and actor', async () => {
    const all = await t.app.inject({ method: 'GET', url: compareUrl });
    const visa = await t.app.inject({ method: 'GET', url: `${compareUrl}&topic=visa-reciprocity&actor=us` });
    expect(visa.headers.etag).not.toBe(all.headers.etag);
    const diff = MeetingDiffSchema.parse(visa.json());
    expect(diff.topics.map((x) => x.topic.id)).toEqual(['visa-reciprocity']);
    expect(diff.options).toMatchObject({ actor: 'us', topics: ['visa-reciprocity'] });
  });

  it('sends the cached comparison gzipped, or Brotli-compressed once ready, to clients that accept it', async () => {
    const plain = await t.app.inject({ method: 'GET', url: compareUrl });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await t.app.inject({
      method: 'GET',
      url: compareUrl,
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('Accept-Encoding');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(plain.body);
    expect(zipped.headers.etag).toBe(plain.headers.etag);
    // Brotli is computed in the background after the first request that accepts it; gzip until then.
    let brotli = await t.app.inject({
      method: 'GET',
      url: compareUrl,
      headers: { 'accept-encoding': 'gzip, br' },
    });
    for (let i = 0; i < 100 && brotli.headers['content-encoding'] !== 'br'; i++) {
      expect(brotli.headers['content-encoding']).toBe('gzip');
      await new Promise((resolve) => setTimeout(resolve, 20));
      brotli = await t.app.inject({
        method: 'GET',
        url: compareUrl,
        headers: { 'accept-encoding': 'gzip, br' },
      });
    }
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(plain.body);
    expect(brotli.headers['x-som-marking']).toBe('LIMITE');
  });

  it('renders Markdown with format=md', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${compareUrl}&format=md` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/markdown');
    expect(res.body).toContain('LIMITE');
  });

  it('answers 404 for an unknown document and 400 for missing or bad parameters', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: `/api/compare?base=${first.id}&target=nope` });
    expect(unknown.statusCode).toBe(404);
    for (const query of [
      '',
      `base=${first.id}`,
      'base=..%2Fx&target=y',
      `${compareUrl.split('?')[1]}&format=pdf`,
    ]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/compare?${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('writes who compared what to the audit log', async () => {
    await t.app.inject({ method: 'GET', url: compareUrl });
    const audit = await t.store.listAudit({ limit: 10, offset: 0 });
    expect(audit.items[0]).toMatchObject({
      actor: 'local',
      action: 'compare',
      target: `${first.id}..${second.id}`,
    });
  });
});

describe('GET /api/search', () => {
  it('finds statements with segment snippets and links to spans', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/search?q=warned&actor=us' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({
      documentId: second.id,
      classification: 'LIMITE',
      meeting: { city: 'Washington', startDate: '2023-10-12' },
    });
    expect(body.items[0].snippet).toContainEqual({ text: 'warned', match: true });
    expect(res.headers['x-som-marking']).toBe('LIMITE');
  });

  it.each([
    "'; DROP TABLE documents; --",
    '" OR 1=1 --',
    'visa NEAR/2 drugs',
    '*',
    'text:visa',
    '%00',
    '<script>alert(1)</script>',
  ])('treats %s as plain words, never as SQL or FTS syntax', async (q) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}` });
    expect(res.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/documents' })).json().total).toBe(2);
  });

  it.each(['stance=angry', 'limit=0', 'limit=1000', 'offset=-1', 'from=2023', 'actor=..%2F'])(
    'refuses %s with a 400 problem',
    async (query) => {
      const res = await t.app.inject({ method: 'GET', url: `/api/search?q=visa&${query}` });
      expect(res.statusCode).toBe(400);
    },
  );
});

describe('OpenAPI and the web app', () => {
  it('describes the API with the shared schemas as components', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const spec = res.json();
    expect(Object.keys(spec.components.schemas)).toEqual(
      expect.arrayContaining([
        'OutcomeDocument',
        'MeetingDiff',
        'TopicTimeline',
        'DocumentSummary',
        'Problem',
      ]),
    );
    expect(JSON.stringify(spec.paths['/api/documents/{id}'])).toContain(
      '#/components/schemas/OutcomeDocument',
    );
    expect((await t.app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(200);
  });

  it('serves a fallback page when the web app is not built, and 404 problems under /api', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/meetings/x' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('pnpm --filter @som/web build');
    const api = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
