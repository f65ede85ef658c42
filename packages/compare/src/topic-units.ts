import { findTopicDefinition, type OutcomeDocument, type Statement } from '@som/domain';
import { type Tokenizer, tokenize } from './similarity.js';

/**
 * Everything one document says under one topic id: the sections and sub-topics placed there and the
 * statements whose most specific topic it is. The unit of alignment between meetings.
 */
export interface TopicUnit {
  topicId: string;
  label: string;
  /** Lowest parser confidence among the headings placed here (1 when only statements point here). */
  confidence: number;
  /** True when the id is not canonical (`x-...`) or the parser placed it by guesswork (`derived`). */
  derived: boolean;
  sectionIds: string[];
  subtopicIds: string[];
  /** Topic ids of the sections this unit appears inside as a sub-topic ("ukraine-war" for "Accountability"). */
  parentTopicIds: string[];
  /** Topic ids of the sub-topics inside this unit's sections. */
  childTopicIds: string[];
  /** Parent of the topic in the canonical taxonomy ("ukraine-war" for "ukraine-accountability"), else null. */
  taxonomyParentId: string | null;
  /** Headings as written, with the span of each title. */
  titles: { text: string; span: { start: number; end: number } | null }[];
  statements: Statement[];
  /** Position of the unit's first heading or statement in the text; orders units as the document does. */
  order: number;
  /** Content tokens of titles and statements (or of the body when no statement was read). */
  tokens: string[];
}

/** Reads the topic units of `doc` in document order (annex sections skipped); `tokens` may be a shared cache. */
export function collectTopicUnits(doc: OutcomeDocument, tokens: Tokenizer = tokenize): TopicUnit[] {
  const units = new Map<string, TopicUnit>();
  const sectionTopic = new Map<string, string>();
  const bodies = new Map<string, { start: number; end: number }[]>();
  const unitFor = (topicId: string, label: string, order: number): TopicUnit => {
    let unit = units.get(topicId);
    if (!unit) {
      unit = {
        topicId,
        label,
        confidence: 1,
        derived: topicId.startsWith('x-'),
        sectionIds: [],
        subtopicIds: [],
        parentTopicIds: [],
        childTopicIds: [],
        taxonomyParentId: findTopicDefinition(topicId)?.parentId ?? null,
        titles: [],
        statements: [],
        order,
        tokens: [],
      };
      units.set(topicId, unit);
    }
    unit.order = Math.min(unit.order, order);
    return unit;
  };
  for (const section of doc.sections) {
    if (section.kind === 'annex') continue;
    sectionTopic.set(section.id, section.topic.id);
    const unit = unitFor(section.topic.id, section.topic.label, section.span.start);
    unit.sectionIds.push(section.id);
    unit.confidence = Math.min(unit.confidence, section.topic.confidence);
    if (section.topic.matchedBy === 'derived') unit.derived = true;
    unit.titles.push({ text: section.title, span: section.titleSpan });
    bodies.set(unit.topicId, [...(bodies.get(unit.topicId) ?? []), section.span]);
    for (const sub of section.subtopics) {
      const subUnit = unitFor(sub.topic.id, sub.topic.label, sub.span.start);
      subUnit.subtopicIds.push(sub.id);
      if (sub.topic.id !== unit.topicId) {
        if (!subUnit.parentTopicIds.includes(unit.topicId)) subUnit.parentTopicIds.push(unit.topicId);
        if (!unit.childTopicIds.includes(sub.topic.id)) unit.childTopicIds.push(sub.topic.id);
      }
      subUnit.confidence = Math.min(subUnit.confidence, sub.topic.confidence);
      if (sub.topic.matchedBy === 'derived') subUnit.derived = true;
      subUnit.titles.push({ text: sub.title, span: sub.span });
      bodies.set(subUnit.topicId, [...(bodies.get(subUnit.topicId) ?? []), sub.bodySpan]);
    }
  }
  for (const st of doc.statements) {
    const topicId = st.topicId ?? (st.sectionId ? sectionTopic.get(st.sectionId) : undefined);
    if (!topicId) continue;
    if (st.sectionId && !sectionTopic.has(st.sectionId) && !units.has(topicId)) continue; // annex text
    unitFor(topicId, topicId, st.span.start).statements.push(st);
  }
  for (const unit of units.values()) {
    // Titles count twice; plain loops, as these lists hold every word of the topic.
    const out: string[] = [];
    for (let k = 0; k < 2; k++) for (const t of unit.titles) for (const w of tokens(t.text)) out.push(w);
    if (unit.statements.length > 0) {
      for (const s of unit.statements) for (const w of tokens(s.text)) out.push(w);
    } else {
      for (const span of bodies.get(unit.topicId) ?? [])
        for (const w of tokens(doc.source.text.slice(span.start, span.end))) out.push(w);
    }
    unit.tokens = out;
  }
  return [...units.values()].sort((a, b) => a.order - b.order || a.topicId.localeCompare(b.topicId));
}
