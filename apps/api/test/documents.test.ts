import { OutcomeDocumentSchema } from '@som/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.js';
import { makeMeetingPair } from './make-document.js';

let t: TestApp;
const [first, second] = makeMeetingPair();

beforeEach(async () => {
  t = await createTestApp({ seed: [first, second] });
});
afterEach(async () => t.close());

function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(res.json()).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
}

describe('GET /api/documents', () => {
  it('lists summaries newest meeting first with the marking header', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/documents' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    expect(body.items.map((i: { id: string }) => i.id)).toEqual([second.id, first.id]);
    expect(body.items[0]).toMatchObject({
      classification: 'LIMITE',
      kind: 'senior-officials',
      statements: 3,
    });
    expect(res.headers['x-som-marking']).toBe('LIMITE');
  });

  it('filters by year and pages', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/documents?year=2023&sort=date&pageSize=1&page=2',
    });
    expect(res.json()).toMatchObject({ total: 2, page: 2, items: [{ id: second.id }] });
  });

  it.each(['page=0', 'pageSize=abc', 'pageSize=100000', 'sort=name', 'kind=summit', 'year=99999'])(
    'refuses the bad query %s with a 400 problem',
    async (query) => {
      expectProblem(await t.app.inject({ method: 'GET', url: `/api/documents?${query}` }), 400);
    },
  );
});

describe('GET /api/documents/:id', () => {
  it('returns the stored OutcomeDocument with its marking', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/documents/${first.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-som-marking']).toBe('LIMITE');
    expect(OutcomeDocumentSchema.parse(res.json())).toEqual(first);
  });

  it('returns the source text for highlighting spans', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/documents/${first.id}/source` });
    expect(res.json()).toEqual({
      id: first.id,
      sha256: first.source.sha256,
      classification: 'LIMITE',
      text: first.source.text,
    });
  });

  it('answers 404 for an unknown id', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/documents/no-such-meeting' }), 404);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/documents/no-such-meeting/source' }), 404);
  });

  it('answers a dot-dot id with a 4xx problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/documents/%2e%2e' });
    expect([400, 404]).toContain(res.statusCode);
    expect(String(res.headers['content-type'])).toContain('application/problem+json');
  });

  it.each(['..%2F..%2Fetc%2Fpasswd', 'UPPER', 'a%00b', 'x'.repeat(121), "1'%20OR%20'1'='1"])(
    'refuses the path-traversal or malformed id %s with a 400',
    async (id) => {
      expectProblem(await t.app.inject({ method: 'GET', url: `/api/documents/${id}` }), 400);
    },
  );

  it('does not resolve ../ segments into other routes or files', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/documents/../../etc/passwd' });
    expect(res.statusCode).toBeLessThan(500);
    expect(res.body).not.toContain('root:');
  });
});

describe('DELETE /api/documents/:id', () => {
  it('deletes, then answers 404', async () => {
    expect((await t.app.inject({ method: 'DELETE', url: `/api/documents/${first.id}` })).statusCode).toBe(
      204,
    );
    expectProblem(await t.app.inject({ method: 'DELETE', url: `/api/documents/${first.id}` }), 404);
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/documents/${first.id}` }), 404);
  });
});

describe('GET /api/topics', () => {
  it('lists topics with how many meetings have them', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/topics' });
    expect(res.json().items).toContainEqual({
      id: 'visa-reciprocity',
      label: 'Visa reciprocity',
      meetings: 2,
    });
  });

  it('follows a topic across meetings', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/topics/visa-reciprocity/timeline' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.points.map((p: { documentId: string }) => p.documentId)).toEqual([first.id, second.id]);
    expect(res.headers['x-som-marking']).toBe('LIMITE');
  });

  it('limits the timeline to a date range', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/topics/visa-reciprocity/timeline?from=2023-06-01',
    });
    expect(res.json().points.map((p: { documentId: string }) => p.documentId)).toEqual([second.id]);
  });

  it('answers 404 for a topic no meeting has, 400 for bad dates', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/topics/no-such-topic/timeline' }), 404);
    const canonicalUnused = await t.app.inject({ method: 'GET', url: '/api/topics/pnr/timeline' });
    expect(canonicalUnused.statusCode).toBe(200);
    expect(canonicalUnused.json().points.every((p: { present: boolean }) => !p.present)).toBe(true);
    expectProblem(
      await t.app.inject({ method: 'GET', url: '/api/topics/drugs/timeline?from=yesterday' }),
      400,
    );
    expectProblem(
      await t.app.inject({ method: 'GET', url: '/api/topics/drugs/timeline?from=2024-01-01&to=2023-01-01' }),
      400,
    );
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/topics/..%2Fx/timeline' }), 400);
  });
});
