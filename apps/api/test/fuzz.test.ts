import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.js';
import { makeMeetingPair } from './make-document.js';

// Random and boundary values for every parameter of every route: the answer is never a 5xx.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: makeMeetingPair() });
});
afterAll(async () => t.close());

const value = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    '0',
    '-1',
    '1e308',
    'NaN',
    'null',
    'true',
    '../../etc/passwd',
    '%00',
    "' OR 1=1 --",
    '"*"',
  ),
  fc.integer().map(String),
  fc.constantFrom('som-2023-03-16-stockholm', 'som-2023-10-12-washington', 'visa-reciprocity', 'us'),
);

const routes: { method: 'GET' | 'DELETE'; path: (id: string) => string; params: string[] }[] = [
  {
    method: 'GET',
    path: () => '/api/documents',
    params: ['kind', 'year', 'classification', 'q', 'sort', 'page', 'pageSize'],
  },
  { method: 'GET', path: (id) => `/api/documents/${id}`, params: [] },
  { method: 'GET', path: (id) => `/api/documents/${id}/source`, params: [] },
  { method: 'GET', path: () => '/api/compare', params: ['base', 'target', 'topic', 'actor', 'format'] },
  { method: 'GET', path: (id) => `/api/topics/${id}/timeline`, params: ['from', 'to', 'actor'] },
  {
    method: 'GET',
    path: () => '/api/search',
    params: ['q', 'actor', 'stance', 'topic', 'from', 'to', 'limit', 'offset'],
  },
  { method: 'GET', path: () => '/api/audit', params: ['limit', 'offset'] },
  { method: 'DELETE', path: (id) => `/api/tokens/${id}`, params: [] },
];

describe('fuzzed requests', () => {
  it('never answer with a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        value,
        fc.dictionary(
          fc.constantFrom(
            'kind',
            'year',
            'q',
            'base',
            'target',
            'topic',
            'actor',
            'format',
            'from',
            'to',
            'limit',
            'offset',
            'stance',
            'page',
            'pageSize',
            'sort',
          ),
          value,
          { maxKeys: 6 },
        ),
        async (route, id, query) => {
          const search = new URLSearchParams(query).toString();
          const url = `${route.path(encodeURIComponent(id))}${search ? `?${search}` : ''}`;
          const res = await t.app.inject({ method: route.method, url });
          expect(res.statusCode, url).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never answer a JSON upload with a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/documents?dryRun=true',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        });
        expect(res.statusCode).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
  });
});
