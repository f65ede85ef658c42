import { type OutcomeDocument, parseOutcome } from '@som/domain';

/**
 * Builds `count` distinct meetings from the fixture texts, for timeline and store benches: meeting i
 * takes fixture i mod n, drops a different tenth of its paragraphs, scales its grouped figures
 * ("283,000") by a few percent, is parsed, then dated one month after meeting i-1 with a unique id.
 * Deterministic: the same texts give the same series.
 */
export function buildMeetingSeries(texts: string[], count: number): OutcomeDocument[] {
  if (texts.length === 0) throw new Error('no texts to vary');
  const docs: OutcomeDocument[] = [];
  for (let i = 0; i < count; i++) {
    const text = varyText(texts[i % texts.length]!, i);
    const doc = parseOutcome(text);
    docs.push(redate(doc, i));
  }
  return docs;
}

/** Drops every tenth paragraph (a different tenth per variant, never the first three) and scales figures. */
export function varyText(text: string, variant: number): string {
  const paragraphs = text.split(/(\n[ \t]*\n)/);
  const kept = paragraphs.filter((part, index) => {
    const paragraphIndex = index / 2;
    if (index % 2 === 1 || paragraphIndex < 3) return true;
    return (paragraphIndex + variant) % 10 !== 0 || part.trim() === '';
  });
  const factor = 1 + (variant % 7) / 100;
  return kept
    .join('')
    .replace(/\b\d{1,3}(?:,\d{3})+\b/g, (figure) =>
      Math.round(Number(figure.replaceAll(',', '')) * factor).toLocaleString('en-GB'),
    );
}

function redate(doc: OutcomeDocument, variant: number): OutcomeDocument {
  const start = new Date(Date.UTC(2015, variant, 15));
  const end = new Date(Date.UTC(2015, variant, 16));
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return {
    ...doc,
    id: `${doc.id}-v${variant}`.replace(/^-+/, 'x-'),
    meeting: { ...doc.meeting, startDate: iso(start), endDate: iso(end) },
  };
}

/** The canonical topic present in the most meetings (ties: more statements, then id order). */
export function pickBusiestTopic(docs: OutcomeDocument[]): string {
  const meetings = new Map<string, number>();
  const statements = new Map<string, number>();
  for (const doc of docs) {
    const ids = new Set(doc.sections.map((s) => s.topic.id).filter((id) => !id.startsWith('x-')));
    for (const id of ids) meetings.set(id, (meetings.get(id) ?? 0) + 1);
    for (const st of doc.statements)
      if (st.topicId) statements.set(st.topicId, (statements.get(st.topicId) ?? 0) + 1);
  }
  const ranked = [...meetings.keys()].sort(
    (a, b) =>
      meetings.get(b)! - meetings.get(a)! ||
      (statements.get(b) ?? 0) - (statements.get(a) ?? 0) ||
      a.localeCompare(b),
  );
  if (ranked.length === 0) throw new Error('no canonical topic in any meeting');
  return ranked[0]!;
}
