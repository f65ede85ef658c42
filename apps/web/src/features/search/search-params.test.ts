import { describe, expect, it } from 'vitest';
import { hasCriteria, readSearchQuery, writeSearchQuery } from './search-params';

describe('search URL state', () => {
  it('round-trips words and filters', () => {
    const params = new URLSearchParams(
      'q=fentanyl&actor=us&stance=concern&topic=drugs&from=2023-01-01&to=2024-12-31&offset=20',
    );
    const query = readSearchQuery(params);
    expect(query).toMatchObject({
      q: 'fentanyl',
      actor: 'us',
      stance: 'concern',
      topic: 'drugs',
      offset: 20,
      limit: 20,
    });
    expect(writeSearchQuery(query).toString()).toBe(params.toString());
  });

  it('drops malformed filters', () => {
    const query = readSearchQuery(new URLSearchParams('q=x&stance=rage&from=yesterday&offset=-3&actor=US!'));
    expect(query).toMatchObject({ stance: undefined, from: undefined, offset: 0, actor: undefined });
  });

  it('needs words or a filter before searching', () => {
    expect(hasCriteria(readSearchQuery(new URLSearchParams('q=%20%20')))).toBe(false);
    expect(hasCriteria(readSearchQuery(new URLSearchParams('stance=concern')))).toBe(true);
  });
});
