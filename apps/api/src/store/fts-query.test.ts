import { describe, expect, it } from 'vitest';
import { buildFtsQuery } from './fts-query.js';

describe('buildFtsQuery', () => {
  it('quotes every word so FTS5 operators are plain text', () => {
    expect(buildFtsQuery('visa OR "drop table" NEAR(x)')).toBe('"visa" "or" "drop" "table" "near" "x"');
  });

  it('drops SQL and FTS punctuation entirely', () => {
    expect(buildFtsQuery("'; DROP TABLE documents; --")).toBe('"drop" "table" "documents"');
  });

  it('returns null when nothing searchable is left', () => {
    expect(buildFtsQuery('*** " -- ')).toBeNull();
    expect(buildFtsQuery('')).toBeNull();
  });

  it('keeps letters with diacritics and digits', () => {
    expect(buildFtsQuery('Réunion 2023')).toBe('"réunion" "2023"');
  });
});
