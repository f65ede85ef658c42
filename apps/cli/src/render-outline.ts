import type { OutcomeDocument, Section, Statement } from '@som/domain';

/**
 * Renders a parsed record as a readable tree: the document and meeting lines, then each section
 * with its topic, sub-topics and statements (actor, stance, verb, sentence), then commitments and
 * a count of warnings by code.
 * @example
 * 1. Visa reciprocity  [visa-reciprocity]
 *    - us · concern (warn): The US delegation warned against ...
 */
export function renderOutline(doc: OutcomeDocument): string {
  const lines: string[] = [...renderHeader(doc), ''];
  const bySection = groupStatements(doc.statements);
  for (const section of doc.sections) {
    lines.push(...renderSection(section, bySection.get(section.id) ?? []));
  }
  const loose = bySection.get(null) ?? [];
  if (loose.length > 0) {
    lines.push('(outside any section)');
    for (const statement of loose) lines.push(`${indent(1)}${renderStatement(statement)}`);
  }
  lines.push('', ...renderCommitments(doc), ...renderWarnings(doc));
  return lines.join('\n');
}

function renderHeader(doc: OutcomeDocument): string[] {
  const { meta, meeting } = doc;
  const docLine = [
    meta.documentNumber ?? '(no document number)',
    meta.revision,
    meta.classification,
    meta.documentType,
    meta.issuedOn ? `issued ${meta.issuedOn}${meta.issuedAt ? ` in ${meta.issuedAt}` : ''}` : null,
  ];
  const dates =
    meeting.startDate && meeting.endDate && meeting.endDate !== meeting.startDate
      ? `${meeting.startDate} to ${meeting.endDate}`
      : (meeting.startDate ?? 'date unknown');
  const meetingLine = [meeting.title || '(untitled meeting)', meeting.city, dates, meeting.kind];
  const lines = [`Document: ${compact(docLine).join(' · ')}`, `Meeting: ${compact(meetingLine).join(' · ')}`];
  if (meeting.presidency) {
    const next = meeting.incomingPresidency ? ` (incoming: ${meeting.incomingPresidency})` : '';
    lines.push(`Presidency: ${meeting.presidency}${next}`);
  }
  if (meta.subject) lines.push(`Subject: ${flatten(meta.subject)}`);
  return lines;
}

function renderSection(section: Section, statements: Statement[]): string[] {
  const depth = section.level - 1;
  const number = section.number ? `${section.number}. ` : '';
  const title = section.title ? flatten(section.title) : `(${section.kind})`;
  const lines = [`${indent(depth)}${number}${title}  [${renderTopic(section.topic)}]`];
  const bySubtopic = new Map<string | null, Statement[]>();
  for (const statement of statements) push(bySubtopic, statement.subtopic, statement);
  for (const statement of bySubtopic.get(null) ?? []) {
    lines.push(`${indent(depth + 1)}${renderStatement(statement)}`);
  }
  for (const subtopic of section.subtopics) {
    lines.push(`${indent(depth + 1)}* ${flatten(subtopic.title)}  [${renderTopic(subtopic.topic)}]`);
    for (const statement of bySubtopic.get(subtopic.title) ?? []) {
      lines.push(`${indent(depth + 2)}${renderStatement(statement)}`);
    }
    bySubtopic.delete(subtopic.title);
  }
  // Statements naming a sub-topic the section does not list (should not happen, but never hide them).
  for (const [title, rest] of bySubtopic) {
    if (title === null) continue;
    lines.push(`${indent(depth + 1)}* ${flatten(title)}`);
    for (const statement of rest) lines.push(`${indent(depth + 2)}${renderStatement(statement)}`);
  }
  return lines;
}

function renderTopic(topic: Section['topic']): string {
  return topic.confidence < 0.5 ? `${topic.id}, low confidence ${topic.confidence.toFixed(2)}` : topic.id;
}

function renderStatement(statement: Statement): string {
  const who = statement.actor.resolvedFrom
    ? `${statement.actor.id} (via ${statement.actor.mention ?? 'the lead-in'})`
    : statement.actor.id;
  const stance = statement.stance ?? 'no stance';
  const verb = statement.verb ? ` (${statement.verb})` : '';
  return `- ${who} · ${stance}${verb}: ${flatten(statement.text)}`;
}

function renderCommitments(doc: OutcomeDocument): string[] {
  if (doc.commitments.length === 0) return ['Commitments: none found'];
  const lines = [`Commitments (${doc.commitments.length}):`];
  for (const commitment of doc.commitments) {
    const when = compact([commitment.date, commitment.place]).join(', ');
    lines.push(`  - ${when ? `[${when}] ` : ''}${flatten(commitment.what || commitment.text)}`);
  }
  return lines;
}

function renderWarnings(doc: OutcomeDocument): string[] {
  if (doc.warnings.length === 0) return ['Warnings: none'];
  const counts = new Map<string, number>();
  for (const warning of doc.warnings) counts.set(warning.code, (counts.get(warning.code) ?? 0) + 1);
  const parts = [...counts].map(([code, n]) => (n > 1 ? `${code} x${n}` : code));
  return [`Warnings (${doc.warnings.length}): ${parts.join(', ')}`];
}

function groupStatements(statements: Statement[]): Map<string | null, Statement[]> {
  const groups = new Map<string | null, Statement[]>();
  for (const statement of statements) push(groups, statement.sectionId, statement);
  return groups;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function indent(depth: number): string {
  return '   '.repeat(depth);
}

function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function compact<T>(items: (T | null | undefined | '')[]): T[] {
  return items.filter((item): item is T => item !== null && item !== undefined && item !== '');
}
