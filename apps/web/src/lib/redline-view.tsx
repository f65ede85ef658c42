import { type RedlineOp, splitRedline } from './redline';

/**
 * A redline side by side: the base with deleted words struck through, the target with inserted
 * words underlined. Changes are `<del>`/`<ins>` (announced, and styled beyond colour).
 */
export function RedlineView({
  ops,
  baseLabel,
  targetLabel,
}: {
  ops: readonly RedlineOp[];
  baseLabel: string;
  targetLabel: string;
}) {
  const { base, target } = splitRedline(ops);
  return (
    <div className="redline">
      <div className="redline__side">
        <div className="redline__label">{baseLabel}</div>
        <p className="redline__text" data-side="base">
          {base.map((part, i) =>
            part.changed ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>,
          )}
        </p>
      </div>
      <div className="redline__side">
        <div className="redline__label">{targetLabel}</div>
        <p className="redline__text" data-side="target">
          {target.map((part, i) =>
            part.changed ? <ins key={i}>{part.text}</ins> : <span key={i}>{part.text}</span>,
          )}
        </p>
      </div>
    </div>
  );
}
