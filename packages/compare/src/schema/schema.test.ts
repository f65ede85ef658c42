import { z } from '@som/domain';
import { describe, expect, it } from 'vitest';
import { MeetingDiffSchema, TopicTimelineSchema } from './index.js';

describe('compare schemas', () => {
  it('export to JSON Schema with ids, so an API can register them by id', () => {
    const json = JSON.stringify(z.toJSONSchema(MeetingDiffSchema));
    for (const id of ['TopicDiff', 'StatementChange', 'ActorChange', 'SummaryBullet', 'TextSpan'])
      expect(json).toContain(id);
    expect(z.globalRegistry.get(MeetingDiffSchema)?.id).toBe('MeetingDiff');
    expect(z.globalRegistry.get(TopicTimelineSchema)?.id).toBe('TopicTimeline');
  });
  it('reject a diff with an unknown statement status', () => {
    const row = { status: 'renamed' };
    expect(MeetingDiffSchema.shape.topics.element.shape.statements.element.safeParse(row).success).toBe(
      false,
    );
  });
});
