import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { createTestApp, type TestApp } from './harness.js';
import { makeMeetingPair } from './make-document.js';

const [first, second] = makeMeetingPair();
let t: TestApp;
const tokens: Record<'reader' | 'editor' | 'admin', string> = { reader: '', editor: '', admin: '' };

beforeAll(async () => {
  t = await createTestApp({ auth: 'token', seed: [first, second] });
  for (const role of ['reader', 'editor', 'admin'] as const)
    tokens[role] = (await t.store.createToken({ role, label: role })).token;
});
afterAll(async () => t.close());

type Who = 'anonymous' | 'reader' | 'editor' | 'admin';

async function call(who: Who, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) {
  const headers: Record<string, string> =
    who === 'anonymous' ? {} : { authorization: `Bearer ${tokens[who]}` };
  return t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
}

// What each role may do: [method, url, least role]. Every case is tried with each caller.
const cases: [string, 'GET' | 'POST' | 'DELETE', string, Who][] = [
  ['list documents', 'GET', '/api/documents', 'reader'],
  ['read a document', 'GET', `/api/documents/${first.id}`, 'reader'],
  ['read a source', 'GET', `/api/documents/${first.id}/source`, 'reader'],
  ['compare', 'GET', `/api/compare?base=${first.id}&target=${second.id}`, 'reader'],
  ['timeline', 'GET', '/api/topics/visa-reciprocity/timeline', 'reader'],
  ['topics', 'GET', '/api/topics', 'reader'],
  ['search', 'GET', '/api/search?q=visa', 'reader'],
  ['delete an unknown document', 'DELETE', '/api/documents/not-there', 'editor'],
  ['list tokens', 'GET', '/api/tokens', 'admin'],
  ['read the audit log', 'GET', '/api/audit', 'admin'],
  ['revoke an unknown token', 'DELETE', '/api/tokens/tok-000000000000', 'admin'],
];
const rank: Record<Who, number> = { anonymous: 0, reader: 1, editor: 2, admin: 3 };

describe('token auth', () => {
  for (const [name, method, url, least] of cases) {
    for (const who of ['anonymous', 'reader', 'editor', 'admin'] as const) {
      const allowed = rank[who] >= rank[least];
      it(`${allowed ? 'lets' : 'refuses'} ${who} ${name}`, async () => {
        const res = await call(who, method, url);
        if (allowed) expect([200, 204, 404]).toContain(res.statusCode);
        else {
          expect(res.statusCode).toBe(who === 'anonymous' ? 401 : 403);
          expect(res.headers['content-type']).toContain('application/problem+json');
        }
      });
    }
  }

  it('refuses ingest to readers before reading the body, allows editors (dry run)', async () => {
    const body = { text: first.source.text, fileName: 'x.txt' };
    expect((await call('reader', 'POST', '/api/documents?dryRun=true', body)).statusCode).toBe(403);
    expect((await call('anonymous', 'POST', '/api/documents?dryRun=true', body)).statusCode).toBe(401);
    expect((await call('editor', 'POST', '/api/documents?dryRun=true', { text: '' })).statusCode).toBe(422);
  });

  it('lets only admins create tokens, and a created token works at once', async () => {
    expect((await call('editor', 'POST', '/api/tokens', { role: 'admin' })).statusCode).toBe(403);
    const created = await call('admin', 'POST', '/api/tokens', { role: 'reader', label: 'new' });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/topics',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(200);
    expect((await call('admin', 'DELETE', `/api/tokens/${id}`)).statusCode).toBe(204);
    const revoked = await t.app.inject({
      method: 'GET',
      url: '/api/topics',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.statusCode).toBe(401);
  });

  it('refuses a wrong token and a malformed Authorization header', async () => {
    for (const authorization of [
      'Bearer nope',
      'Basic YWRtaW46YWRtaW4=',
      'Bearer',
      `Bearer ${'x'.repeat(5000)}`,
    ]) {
      const res = await t.app.inject({ method: 'GET', url: '/api/documents', headers: { authorization } });
      expect(res.statusCode).toBe(401);
    }
  });

  it('keeps health, OpenAPI and the docs public', async () => {
    expect((await call('anonymous', 'GET', '/api/health')).statusCode).toBe(200);
    expect((await call('anonymous', 'GET', '/api/openapi.json')).statusCode).toBe(200);
  });

  it('logs every read of a restricted document with the token that read it', async () => {
    await call('reader', 'GET', `/api/documents/${second.id}`);
    const audit = (await call('admin', 'GET', '/api/audit?limit=500')).json();
    const readerId = (await t.store.listTokens()).find((x) => x.label === 'reader')!.id;
    expect(audit.items).toContainEqual(
      expect.objectContaining({ actor: readerId, action: 'read', target: second.id, status: 200 }),
    );
  });
});

describe('buildApp without auth', () => {
  it('refuses to serve a non-loopback address', async () => {
    await expect(buildApp({ host: '0.0.0.0', auth: 'off', dataDir: '/nonexistent' })).rejects.toThrow(
      /without authentication/,
    );
  });
});
