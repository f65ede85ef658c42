import type { TopicDiff } from '../../lib/api-types';

const LOOK: Record<TopicDiff['status'], { icon: string; word: string }> = {
  added: { icon: '+', word: 'new topic' },
  removed: { icon: '−', word: 'dropped topic' },
  continued: { icon: '→', word: 'continued' },
};

/** A topic's status as icon + word. */
export function TopicStatus({ status }: { status: TopicDiff['status'] }) {
  const look = LOOK[status];
  return (
    <span className={`status-chip status-chip--${status}`}>
      <span aria-hidden="true">{look.icon}</span> {look.word}
    </span>
  );
}
