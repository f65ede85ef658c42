import { colorSide, nameSide } from '../../lib/actor';
import type { Side, TopicTimeline } from '../../lib/api-types';
import { formatDate } from '../../lib/format-date';
import { describeStance, STANCES } from '../../lib/stance';
import { buildSideSeries, CHART_SIDES } from './stance-series';

const ROW = 30;
const COL = 150;
const LEFT = 130;
const TOP = 16;
const BOTTOM = 48;
const OFFSET: Record<Side, number> = { eu: -10, us: 0, both: 10, other: 0 };

/** A side's marker: a shape as well as a colour, so the chart reads in greyscale too. */
function Marker({ side, x, y, main }: { side: Side; x: number; y: number; main: boolean }) {
  const r = main ? 6 : 4;
  const common = { fill: main ? colorSide(side) : 'var(--surface)', stroke: colorSide(side), strokeWidth: 2 };
  if (side === 'eu') return <rect x={x - r} y={y - r} width={r * 2} height={r * 2} {...common} />;
  if (side === 'both')
    return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`} {...common} />;
  return <circle cx={x} cy={y} r={r} {...common} />;
}

/**
 * Each side's stances over the meetings as an SVG chart: one row per stance, one column per
 * meeting, a filled marker and a line for the side's main stance, hollow markers for the others.
 */
export function StanceChart({ timeline }: { timeline: TopicTimeline }) {
  const series = buildSideSeries(timeline);
  const n = timeline.points.length;
  const width = LEFT + Math.max(1, n) * COL;
  const height = TOP + STANCES.length * ROW + BOTTOM;
  const xOf = (i: number) => LEFT + i * COL + COL / 2;
  const yOf = (stance: (typeof STANCES)[number]) => TOP + STANCES.indexOf(stance) * ROW + ROW / 2;
  const sides = CHART_SIDES.filter((side) => series[side].some((p) => p.main));
  const description = sides
    .map(
      (side) =>
        `${nameSide(side)}: ${series[side]
          .map(
            (p, i) =>
              `${formatDate(timeline.points[i]?.meeting.startDate)} ${p.main ? describeStance(p.main).word : 'silent'}`,
          )
          .join(', ')}`,
    )
    .join('. ');

  return (
    <figure className="stance-chart">
      <div className="stance-chart__scroll">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          style={{ width: '100%', maxWidth: width, minWidth: Math.min(width, 560), height: 'auto' }}
          role="img"
          aria-labelledby="stance-chart-title stance-chart-desc"
        >
          <title id="stance-chart-title">Main stance of each side at each meeting</title>
          <desc id="stance-chart-desc">{description || 'No side took a stance on this topic.'}</desc>
          {STANCES.map((stance) => (
            <g key={stance}>
              <line x1={LEFT} x2={width} y1={yOf(stance)} y2={yOf(stance)} className="chart-grid" />
              <text x={LEFT - 10} y={yOf(stance) + 4} textAnchor="end" className="chart-label">
                {describeStance(stance).icon} {describeStance(stance).word}
              </text>
            </g>
          ))}
          {timeline.points.map((point, i) => (
            <g key={point.documentId}>
              <line
                x1={xOf(i)}
                x2={xOf(i)}
                y1={TOP}
                y2={TOP + STANCES.length * ROW}
                className={`chart-grid${point.present ? '' : ' chart-grid--absent'}`}
              />
              <text x={xOf(i)} y={height - BOTTOM + 18} textAnchor="middle" className="chart-label">
                {point.meeting.city ?? '?'}
              </text>
              <text
                x={xOf(i)}
                y={height - BOTTOM + 34}
                textAnchor="middle"
                className="chart-label chart-label--muted"
              >
                {(point.meeting.startDate ?? '').slice(0, 7) || '—'}
                {point.present ? '' : ' (absent)'}
              </text>
            </g>
          ))}
          {sides.map((side) => {
            // Solid between consecutive meetings; dashed across meetings where the side was silent or the topic absent.
            const present = series[side].flatMap((p, i) => (p.main ? [{ i, stance: p.main }] : []));
            const segments = present
              .slice(1)
              .map((to, k) => ({ from: present[k]!, to, gap: to.i - present[k]!.i > 1 }));
            return (
              <g key={side} data-side={side}>
                {segments.map((seg) => (
                  <line
                    key={seg.to.i}
                    x1={xOf(seg.from.i) + OFFSET[side]}
                    y1={yOf(seg.from.stance)}
                    x2={xOf(seg.to.i) + OFFSET[side]}
                    y2={yOf(seg.to.stance)}
                    stroke={colorSide(side)}
                    strokeWidth={seg.gap ? 1.5 : 2.5}
                    strokeDasharray={seg.gap ? '4 4' : side === 'both' ? '7 3' : undefined}
                  />
                ))}
                {series[side].flatMap((p, i) =>
                  p.stances.map((stance) => (
                    <Marker
                      key={`${i}-${stance}`}
                      side={side}
                      x={xOf(i) + OFFSET[side]}
                      y={yOf(stance)}
                      main={stance === p.main}
                    />
                  )),
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="legend">
        {CHART_SIDES.map((side) => (
          <span key={side} className="legend__item">
            <svg width="18" height="18" aria-hidden="true" viewBox="0 0 18 18">
              <Marker side={side} x={9} y={9} main />
            </svg>
            {nameSide(side)}
          </span>
        ))}
        <span className="muted small">
          Filled: the side's main stance, joined by a line (dashed across meetings where it said nothing).
          Hollow: other stances it also took.
        </span>
      </figcaption>
    </figure>
  );
}
