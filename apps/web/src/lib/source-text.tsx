import { useEffect, useMemo, useRef } from 'react';
import { type Mark, splitBySpans } from './highlight-spans';

/** Props of the source pane. */
export interface SourceTextProps {
  text: string;
  marks: readonly Mark[];
  selectedKey: string | null;
  onSelect?: (key: string) => void;
  /** Accessible label of the pane. */
  label: string;
}

/**
 * The normalised source text with every mark clickable and the selected one highlighted and
 * scrolled into view. Text is rendered as React text nodes only.
 */
export function SourceText({ text, marks, selectedKey, onSelect, label }: SourceTextProps) {
  const runs = useMemo(() => splitBySpans(text, marks), [text, marks]);
  const selectedRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!selectedKey) return;
    const element = selectedRef.current;
    if (element && typeof element.scrollIntoView === 'function') {
      element.scrollIntoView({ block: 'center', behavior: 'auto' });
    }
  }, [selectedKey]);

  let firstSelectedSeen = false;
  return (
    <section className="source-text" aria-label={label} tabIndex={-1}>
      {runs.map((run) => {
        if (run.key === null) return <span key={`t${run.start}`}>{run.text}</span>;
        const key = run.key;
        const selected = key === selectedKey;
        const isFirst = selected && !firstSelectedSeen;
        if (isFirst) firstSelectedSeen = true;
        if (selected) {
          return (
            <mark
              key={`m${run.start}`}
              ref={isFirst ? selectedRef : undefined}
              className="source-text__mark source-text__mark--selected"
              data-key={key}
              aria-current="true"
            >
              {run.text}
            </mark>
          );
        }
        return (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the statement list is the keyboard path; clicking source text is a mouse shortcut.
          // biome-ignore lint/a11y/noStaticElementInteractions: same as above.
          <span
            key={`m${run.start}`}
            className="source-text__mark"
            data-key={key}
            onClick={() => onSelect?.(key)}
          >
            {run.text}
          </span>
        );
      })}
    </section>
  );
}
