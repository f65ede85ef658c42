/** The search form's state as URL parameters, so a search can be bookmarked and sent. */
import type { SearchQuery } from '../../lib/api-client';
import { isStance } from '../../lib/stance';

/** Results per page. */
export const PAGE_SIZE = 20;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Reads a search from URL parameters; malformed filters are dropped. */
export function readSearchQuery(params: URLSearchParams): SearchQuery {
  const pick = (name: string, re: RegExp) => {
    const v = params.get(name) ?? '';
    return re.test(v) ? v : undefined;
  };
  const stance = params.get('stance');
  const offset = Number(params.get('offset') ?? 0);
  return {
    q: (params.get('q') ?? '').slice(0, 500),
    actor: pick('actor', ID),
    stance: isStance(stance) ? stance : undefined,
    topic: pick('topic', ID),
    from: pick('from', DATE),
    to: pick('to', DATE),
    limit: PAGE_SIZE,
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** Writes a search as URL parameters, leaving empty values and the page size out. */
export function writeSearchQuery(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['q', 'actor', 'stance', 'topic', 'from', 'to'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.offset) params.set('offset', String(query.offset));
  return params;
}

/** True when the search has something to look for (words or a filter). */
export function hasCriteria(query: SearchQuery): boolean {
  return Boolean(query.q.trim() || query.actor || query.stance || query.topic || query.from || query.to);
}
