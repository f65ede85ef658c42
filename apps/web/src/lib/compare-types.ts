/** Types of `@som/compare`'s results, re-exported as types only (the bundle never pulls the engine). */
export type {
  ActorChange,
  CommitmentDue,
  FigureChange,
  MeetingDiff,
  StatementChange,
  SummaryBullet,
  TextSpan,
  TimelineActor,
  TimelinePoint,
  TopicDiff,
  TopicTimeline,
} from '@som/compare';
