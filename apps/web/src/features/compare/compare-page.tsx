import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { MeetingDiff } from '../../lib/api-types';
import { formatDateRange } from '../../lib/format-date';
import { useMarking } from '../../lib/marking';
import { compareQuery, meetingListQuery } from '../../lib/query-keys';
import { Empty, ErrorView, Loading } from '../../lib/status-views';
import { ComparePickers } from './compare-pickers';
import {
  ALL_TOPICS,
  type CompareState,
  chooseDefaultPair,
  readCompareState,
  writeCompareState,
} from './compare-state';
import { ExportButton } from './export-button';
import { filterTopics, rankTopics } from './rank-topics';
import { TopicDetail } from './topic-detail';
import { TopicList } from './topic-list';

/**
 * Two meetings compared topic by topic. Everything the view shows is in the URL (a permalink);
 * without base/target it picks the latest meeting and the one before it.
 */
export default function ComparePage() {
  const [params, setParams] = useSearchParams();
  const state = readCompareState(params);
  const setState = (patch: Partial<CompareState>) => setParams(writeCompareState({ ...state, ...patch }));

  const meetings = useQuery(meetingListQuery());

  // Fill the defaults into the URL, so even the default view is a permalink.
  useEffect(() => {
    if ((state.base && state.target) || !meetings.data) return;
    const filled = chooseDefaultPair(state, meetings.data.items);
    if (filled.base !== state.base || filled.target !== state.target)
      setParams(writeCompareState(filled), { replace: true });
  }, [state, meetings.data, setParams]);

  const ready = Boolean(state.base && state.target && state.base !== state.target);
  const diff = useQuery({ ...compareQuery(state.base, state.target), enabled: ready });
  useMarking([
    ...(diff.data?.markings ?? []),
    diff.data?.base.classification,
    diff.data?.target.classification,
  ]);

  const topics = useMemo(
    () => rankTopics(filterTopics(diff.data?.topics ?? [], { actor: state.actor, stance: state.stance })),
    [diff.data, state.actor, state.stance],
  );
  const actorIds = useMemo(() => {
    const ids = new Set<string>();
    for (const t of diff.data?.topics ?? []) for (const a of t.actors) ids.add(a.actor.id);
    return [...ids].sort();
  }, [diff.data]);

  const loaded = Boolean(diff.data);
  useEffect(() => {
    if (loaded) performance.mark('som:compare-rendered');
  }, [loaded]);

  // No topic in the URL: the first topic (most stance shifts) is shown; `topic=all` shows every topic.
  const showAll = state.topic === ALL_TOPICS;
  const selected = showAll
    ? undefined
    : state.topic
      ? topics.find((t) => t.topic.id === state.topic)
      : topics[0];
  const detailRef = useRef<HTMLDivElement>(null);
  // Choosing a topic while scrolled down brings its detail's top into view.
  useEffect(() => {
    const element = detailRef.current;
    if (state.topic && element && element.getBoundingClientRect().top < 0)
      element.scrollIntoView({ block: 'start' });
  }, [state.topic]);
  const error = diff.error ?? meetings.error;
  const haveTwo = (meetings.data?.items.length ?? 0) >= 2;

  return (
    <div className="page compare" data-ready={loaded ? 'true' : 'false'}>
      <div className="page__head">
        <h1>Compare two meetings</h1>
        <p className="lede">What moved from the base meeting to the target meeting, topic by topic.</p>
      </div>
      <ComparePickers
        state={state}
        meetings={meetings.data?.items ?? []}
        actorIds={actorIds}
        onChange={setState}
        exportButton={
          ready ? (
            <ExportButton base={state.base} target={state.target} topic={state.topic} actor={state.actor} />
          ) : null
        }
      />
      {error ? (
        <ErrorView error={error} onRetry={() => void (diff.isError ? diff.refetch() : meetings.refetch())} />
      ) : meetings.isPending || (ready && diff.isPending) ? (
        <Loading what="comparison" />
      ) : state.base && state.base === state.target ? (
        <Empty>
          <p>Base and target are the same meeting: choose two different meetings.</p>
        </Empty>
      ) : !ready || !diff.data ? (
        <Empty>
          <p>
            {haveTwo
              ? 'Choose a base and a target meeting.'
              : 'Two meetings are needed to compare. Add records in the library first.'}
          </p>
        </Empty>
      ) : (
        <>
          <p className="compare__pair">
            <strong>{describeSide(diff.data.base)}</strong> <span aria-hidden="true">→</span>
            <span className="visually-hidden">compared with</span>{' '}
            <strong>{describeSide(diff.data.target)}</strong>
          </p>
          <DiffStatsLine diff={diff.data} />
          <div className="compare__grid">
            <TopicList
              topics={topics}
              selectedId={showAll ? ALL_TOPICS : (selected?.topic.id ?? state.topic)}
              onSelect={(topic) => setState({ topic })}
              filtered={Boolean(state.actor || state.stance)}
            />
            <div className="compare__detail" ref={detailRef}>
              {topics.length === 0 ? (
                <Empty>
                  <p>No topic matches these filters.</p>
                </Empty>
              ) : !showAll && !selected ? (
                <Empty>
                  <p>
                    Topic “{state.topic}” is not in this comparison (or is filtered out).{' '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setState({ topic: ALL_TOPICS })}
                    >
                      Show all topics
                    </button>
                  </p>
                </Empty>
              ) : (
                (selected ? [selected] : topics).map((topic) => (
                  <TopicDetail
                    key={topic.topic.id}
                    topic={topic}
                    diff={diff.data}
                    showUnchanged={state.unchanged}
                  />
                ))
              )}
            </div>
          </div>
        </>
      )}
    </div>
  );
}

function describeSide(side: MeetingDiff['base']): string {
  const m = side.meeting;
  const number = side.documentNumber ? ` (${side.documentNumber})` : '';
  return `${m.title}, ${m.city ?? '?'}, ${formatDateRange(m.startDate, m.endDate)}${number}`;
}

function DiffStatsLine({ diff }: { diff: MeetingDiff }) {
  const s = diff.stats;
  return (
    <p className="stats-line">
      <span className="visually-hidden">Summary of changes: </span>
      <span className="count-chip count-chip--shift">↻ {s.stanceShifts} stance shifts</span>
      <span className="status-chip status-chip--added">+ {s.topicsAdded} new topics</span>
      <span className="status-chip status-chip--removed">− {s.topicsRemoved} dropped topics</span>
      <span className="count-chip">{s.statementsChanged} changed statements</span>
      <span className="count-chip">{s.statementsAdded} added</span>
      <span className="count-chip">{s.statementsRemoved} removed</span>
      <span className="count-chip">{s.figuresChanged} figures</span>
      <span className="count-chip">{s.commitmentsDue} commitments due</span>
    </p>
  );
}
