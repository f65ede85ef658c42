import type { SnippetSegment } from '../../lib/api-types';

/** A search snippet from `{ text, match }` segments: matches in `<mark>`, all as text, never HTML. */
export function Snippet({
  segments,
  fallback,
}: {
  segments: readonly SnippetSegment[] | undefined;
  fallback: string;
}) {
  if (!segments || segments.length === 0) return <span className="snippet">{fallback}</span>;
  return (
    <span className="snippet">
      {segments.map((segment, i) =>
        segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </span>
  );
}
