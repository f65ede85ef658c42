import type { SearchQuery } from './document-store.js';

/**
 * Search filters as words of the full-text index. Each statement's `facets` column (indexed by FTS5
 * beside its text) holds four tokens: its actor, stance, topic and meeting year, e.g.
 * `a65750 s737570706F72740 t0 y2023` (actor "eu", stance "support", no topic). A filter then joins the
 * MATCH expression (`facets : "a65750"`) and SQLite intersects posting lists instead of reading one
 * statement row per hit. Values are hex-encoded, so every id is one exact token; the trailing digit
 * keeps the porter stemmer away from them. The count per row is constant, so text ranking is not skewed.
 */

/** The `facets` column of a statement row, from its columns (must equal `FACETS_SQL` for the same row). */
export function describeFacets(
  actorId: string,
  stance: string | null,
  topicId: string | null,
  meetingDate: string | null,
): string {
  return `${facetToken('a', actorId)} ${facetToken('s', stance)} ${facetToken('t', topicId)} y${yearOf(meetingDate)}`;
}

/** `describeFacets` in SQL over a statement row and its document's `meeting_date` (for migrations). */
export const FACETS_SQL = `'a' || hex(actor_id) || '0 s' || hex(coalesce(stance, '')) || '0 t' || hex(coalesce(topic_id, '')) || '0 y' ||
  (SELECT CASE WHEN meeting_date GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(meeting_date, 1, 4) ELSE 'x' END
     FROM documents WHERE documents.id = statements.document_id)`;

/** The token of one facet value: kind letter, the value's UTF-8 as upper-case hex, then `0`. */
export function facetToken(kind: 'a' | 's' | 't', value: string | null): string {
  return `${kind}${Buffer.from(value ?? '', 'utf8')
    .toString('hex')
    .toUpperCase()}0`;
}

/** Spans of years wider than this are not narrowed through the index (the exact date test still applies). */
const MAX_YEAR_TERMS = 200;

/**
 * The facet part of a MATCH expression for a query's filters (AND-joined terms), or null when it has
 * none. A date range becomes the meeting years it spans (clipped to the `years` stored), plus `yx` for
 * dates that do not start with a year: a superset the caller narrows with the exact date test.
 */
export function buildFacetMatch(
  query: Pick<SearchQuery, 'actor' | 'stance' | 'topic' | 'from' | 'to'>,
  years: { min: number; max: number } | null,
): string | null {
  const terms: string[] = [];
  if (query.actor) terms.push(`facets : "${facetToken('a', query.actor)}"`);
  if (query.stance) terms.push(`facets : "${facetToken('s', query.stance)}"`);
  if (query.topic) terms.push(`facets : "${facetToken('t', query.topic)}"`);
  if ((query.from || query.to) && years) {
    const first = Math.max(years.min, query.from ? Number(query.from.slice(0, 4)) : years.min);
    const last = Math.min(years.max, query.to ? Number(query.to.slice(0, 4)) : years.max);
    if (last - first < MAX_YEAR_TERMS) {
      const spanned = ['"yx"'];
      for (let year = first; year <= last; year++) spanned.push(`"y${String(year).padStart(4, '0')}"`);
      terms.push(`facets : (${spanned.join(' OR ')})`);
    }
  }
  return terms.length > 0 ? terms.join(' AND ') : null;
}

function yearOf(date: string | null): string {
  return date && /^\d{4}/.test(date) ? date.slice(0, 4) : 'x';
}
