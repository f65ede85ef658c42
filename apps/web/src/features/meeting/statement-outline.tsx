import type { CSSProperties } from 'react';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { colorSide } from '../../lib/actor';
import { ActorTag } from '../../lib/actor-tag';
import type { OutcomeDocument, Statement } from '../../lib/api-types';
import { StanceBadge } from '../../lib/stance-badge';

/**
 * Sections, their sub-topics and statements. Each statement is a button; arrow keys move
 * through them, Enter/Space selects.
 */
export function StatementOutline({
  document: doc,
  selectedId,
  onSelect,
}: {
  document: OutcomeDocument;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  const bySection = new Map<string | null, Statement[]>();
  for (const s of doc.statements) {
    const list = bySection.get(s.sectionId) ?? [];
    list.push(s);
    bySection.set(s.sectionId, list);
  }

  useEffect(() => {
    if (!selectedId) return;
    const buttons = listRef.current?.querySelectorAll<HTMLElement>('[data-statement-id]') ?? [];
    const button = [...buttons].find((b) => b.dataset.statementId === selectedId);
    if (button && typeof button.scrollIntoView === 'function') button.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('[data-statement-id]') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    event.preventDefault();
    const next = buttons[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      next.focus();
      onSelect(next.dataset.statementId!);
    }
  };

  const orphans = bySection.get(null) ?? [];
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move focus between the statement buttons inside.
    <div className="outline-tree" ref={listRef} onKeyDown={onKeyDown}>
      <h2 className="pane-title">Structure</h2>
      {doc.sections.map((section) => {
        const statements = bySection.get(section.id) ?? [];
        return (
          <section key={section.id} className="outline-section" aria-labelledby={`sec-${section.id}`}>
            <h3 id={`sec-${section.id}`}>
              {section.number && <span className="outline__number">{section.number}.</span>} {section.title}
              <span className="topic-chip" title={`Topic matched by ${section.topic.matchedBy}`}>
                {section.topic.label}
              </span>
            </h3>
            {section.subtopics.length > 0 && (
              <p className="subtopics">
                Sub-topics:{' '}
                {section.subtopics.map((st, i) => (
                  <span key={st.id}>
                    {i > 0 && ' · '}
                    <em>{st.title}</em>
                  </span>
                ))}
              </p>
            )}
            <StatementList statements={statements} selectedId={selectedId} onSelect={onSelect} />
          </section>
        );
      })}
      {orphans.length > 0 && (
        <section className="outline-section" aria-label="Outside any section">
          <h3>Outside any section</h3>
          <StatementList statements={orphans} selectedId={selectedId} onSelect={onSelect} />
        </section>
      )}
      {doc.statements.length === 0 && (
        <p className="state state--empty">The parser found no statements in this record.</p>
      )}
    </div>
  );
}

function StatementList({
  statements,
  selectedId,
  onSelect,
}: {
  statements: Statement[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  if (statements.length === 0) return null;
  let subtopic: string | null = null;
  return (
    <ul className="statements">
      {statements.map((s) => {
        const heading = s.subtopic && s.subtopic !== subtopic ? s.subtopic : null;
        subtopic = s.subtopic;
        const selected = s.id === selectedId;
        return (
          <li key={s.id}>
            {heading && <p className="statements__subtopic">{heading}</p>}
            <button
              type="button"
              className={`statement${selected ? ' statement--selected' : ''}`}
              style={{ '--side-color': colorSide(s.actor.side) } as CSSProperties}
              aria-pressed={selected}
              data-statement-id={s.id}
              onClick={() => onSelect(s.id)}
            >
              <span className="statement__who">
                <ActorTag id={s.actor.id} side={s.actor.side} />
                <StanceBadge stance={s.stance} />
                {s.verb && <span className="statement__verb">{s.verb}</span>}
                {s.actor.resolvedFrom &&
                  (s.actor.mention === null ? (
                    <span className="muted small" title={`List item of the lead-in ${s.actor.resolvedFrom}`}>
                      (list item)
                    </span>
                  ) : (
                    <span
                      className="muted small"
                      title={`“${s.actor.mention}” resolved from ${s.actor.resolvedFrom}`}
                    >
                      (“{s.actor.mention}”)
                    </span>
                  ))}
              </span>
              <span className="statement__text">{s.text}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
