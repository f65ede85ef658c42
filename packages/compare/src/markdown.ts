import { describeStances, nameActor } from './actor-names.js';
import type { MeetingDiff } from './schema/meeting-diff.js';
import type { DocumentRef, MeetingSummary } from './schema/refs.js';
import type { RedlinePart, SummaryBullet, TopicDiff } from './schema/topic-diff.js';
import type { TopicTimeline } from './schema/topic-timeline.js';

/** Escapes characters Markdown would read as formatting, so quoted record text renders as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_~[\]<>|#])/g, '\\$1');
}

function markingLine(markings: readonly string[]): string {
  return markings.length > 0
    ? `**${markings.map(escapeMarkdown).join(' / ')}**`
    : '_No marking recorded on the source documents._';
}

function describeMeeting(m: MeetingSummary): string {
  const dates = m.startDate
    ? m.endDate && m.endDate !== m.startDate
      ? `${m.startDate} to ${m.endDate}`
      : m.startDate
    : 'date unknown';
  return `${escapeMarkdown(m.title)} (${dates})`;
}

function describeRef(ref: DocumentRef): string {
  const number = ref.documentNumber
    ? `doc. ${escapeMarkdown(ref.documentNumber)}`
    : `id ${escapeMarkdown(ref.id)}`;
  const issued = ref.issuedOn ? `, issued ${ref.issuedOn}` : '';
  return `${describeMeeting(ref.meeting)}, ${number}${issued}`;
}

/** Wraps the non-blank core of `text` in `mark`, leaving surrounding spaces outside (Markdown needs that). */
function wrap(text: string, mark: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const m = /^(\s*)(.*?)(\s*)$/.exec(flat)!;
  return m[2] ? `${m[1]}${mark}${escapeMarkdown(m[2])}${mark}${m[3]}` : flat;
}

/** A redline as Markdown: deletions struck through, insertions in bold. */
export function renderRedline(parts: readonly RedlinePart[]): string {
  return parts
    .map((p) => (p.op === 'equal' ? escapeMarkdown(p.text) : wrap(p.text, p.op === 'delete' ? '~~' : '**')))
    .join('');
}

function bulletLines(bullets: readonly SummaryBullet[]): string[] {
  return bullets.map((b) => `- ${escapeMarkdown(b.text)}`);
}

function renderTopic(t: TopicDiff): string[] {
  const out: string[] = [];
  const a = t.alignment;
  const how = t.status === 'continued' ? `, aligned by ${a.method} (score ${a.score.toFixed(2)})` : '';
  out.push(`### ${escapeMarkdown(t.topic.label)} — ${t.status}${how}`, '');
  const was = a.baseTitles.map((x) => `“${escapeMarkdown(x)}”`).join(', ') || '—';
  const now = a.targetTitles.map((x) => `“${escapeMarkdown(x)}”`).join(', ') || '—';
  out.push(`Heading before: ${was}. Heading now: ${now}.`, '');
  if (t.summary.length > 0) out.push(...bulletLines(t.summary), '');
  if (t.actors.length > 0) {
    out.push('| Actor | Before | After | Change |', '|---|---|---|---|');
    for (const r of t.actors) {
      const cell = (s: typeof r.before, spoke: number) => (spoke === 0 ? '—' : describeStances(s));
      out.push(
        `| ${escapeMarkdown(nameActor(r.actor.id))} | ${cell(r.before, r.baseStatementIds.length)} | ${cell(r.after, r.targetStatementIds.length)} | ${r.change} |`,
      );
    }
    out.push('');
  }
  const changedRows = t.statements.filter((r) => r.status !== 'unchanged');
  if (changedRows.length > 0) {
    out.push('Statements:', '');
    for (const r of changedRows) {
      const who = r.actor ? `${escapeMarkdown(nameActor(r.actor.id))}: ` : '';
      if (r.status === 'changed') out.push(`- changed — ${who}${renderRedline(r.redline)}`);
      else if (r.status === 'added') out.push(`- added — ${who}${escapeMarkdown(r.targetSpan?.text ?? '')}`);
      else if (r.status === 'removed')
        out.push(`- removed — ${who}${escapeMarkdown(r.baseSpan?.text ?? '')}`);
      else if (r.movedTo)
        out.push(`- moved to ${escapeMarkdown(r.movedTo)} — ${who}${escapeMarkdown(r.baseSpan?.text ?? '')}`);
      else
        out.push(
          `- moved from ${escapeMarkdown(r.movedFrom ?? '')} — ${who}${escapeMarkdown(r.targetSpan?.text ?? '')}`,
        );
    }
    const same = t.statements.length - changedRows.length;
    if (same > 0) out.push(`- ${same} statement${same === 1 ? '' : 's'} unchanged`);
    out.push('');
  }
  return out;
}

function renderDiff(d: MeetingDiff): string {
  const marking = markingLine(d.markings);
  const s = d.stats;
  const where = (m: MeetingSummary) => [m.city, m.startDate].filter(Boolean).join(', ') || m.title;
  const out: string[] = [
    marking,
    '',
    `# What moved: ${escapeMarkdown(where(d.base.meeting))} → ${escapeMarkdown(where(d.target.meeting))}`,
    '',
  ];
  out.push(`- Base: ${describeRef(d.base)}`, `- Target: ${describeRef(d.target)}`);
  if (d.options.topics) out.push(`- Topics: ${d.options.topics.map(escapeMarkdown).join(', ')}`);
  if (d.options.actor) out.push(`- Actor: ${escapeMarkdown(nameActor(d.options.actor))}`);
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  out.push(
    '',
    `${n(s.topicsContinued, 'topic', 'topics')} continued, ${s.topicsAdded} new, ${s.topicsRemoved} dropped; ` +
      `${n(s.stanceShifts, 'stance shift', 'stance shifts')}, ${n(s.figuresChanged, 'figure', 'figures')} changed, ` +
      `${n(s.commitmentsDue, 'next step', 'next steps')} due.`,
    '',
    '## Headlines',
    '',
  );
  out.push(...(d.summary.length > 0 ? bulletLines(d.summary) : ['- Nothing of note changed.']), '');
  out.push('## Topic by topic', '');
  for (const t of d.topics) out.push(...renderTopic(t));
  out.push(
    '---',
    '',
    `${marking} — compared by SOM Compare: ${escapeMarkdown(d.base.id)} → ${escapeMarkdown(d.target.id)}`,
    '',
  );
  return out.join('\n');
}

function renderTimeline(tl: TopicTimeline): string {
  const marking = markingLine(tl.markings);
  const out: string[] = [
    marking,
    '',
    `# ${escapeMarkdown(tl.topic.label)} over ${tl.points.length} meetings`,
    '',
  ];
  if (tl.actor) out.push(`Actor: ${escapeMarkdown(nameActor(tl.actor))}`, '');
  out.push('| Meeting | On the agenda | Positions |', '|---|---|---|');
  for (const p of tl.points) {
    const positions = p.actors
      .map((a) => `${escapeMarkdown(nameActor(a.actor.id))}: ${describeStances(a.stances)}`)
      .join('; ');
    const present = p.present ? `yes (${p.titles.map(escapeMarkdown).join(', ') || 'untitled'})` : 'no';
    out.push(`| ${describeMeeting(p.meeting)} | ${present} | ${positions || '—'} |`);
  }
  out.push('');
  for (const p of tl.points) {
    if (!p.present || !p.changes.since) continue;
    out.push(`## ${describeMeeting(p.meeting)}`, '');
    out.push(
      ...(p.changes.summary.length > 0
        ? bulletLines(p.changes.summary)
        : ['- No change since the previous meeting.']),
      '',
    );
  }
  out.push('---', '', `${marking} — topic timeline by SOM Compare`, '');
  return out.join('\n');
}

/**
 * Renders a MeetingDiff or a TopicTimeline as a Markdown report an official can paste into a briefing:
 * the documents' marking (e.g. LIMITE) first and last, headlines, then topic by topic with actor
 * tables and redlines (deletions ~~struck~~, insertions **bold**). Record text is escaped.
 */
export function toMarkdown(x: MeetingDiff | TopicTimeline): string {
  return 'points' in x ? renderTimeline(x) : renderDiff(x);
}
