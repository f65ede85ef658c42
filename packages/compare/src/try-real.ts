import { readFileSync } from 'node:fs';
import { parseOutcome } from '@som/domain';
import { compareMeetings } from './compare-meetings.js';

const files = process.argv.slice(2);
const docs = files.map((f) => parseOutcome(readFileSync(`../../fixtures/${f}`, 'utf8')));
for (const d of docs)
  console.log(
    d.id,
    d.meeting.startDate,
    d.sections
      .map((s) => `${s.topic.id}(${s.topic.confidence})[${s.subtopics.map((x) => x.topic.id).join(',')}]`)
      .join(' '),
    'st',
    d.statements.length,
    'c',
    d.commitments.length,
  );
const diff = compareMeetings(docs[0]!, docs[1]!);
for (const t of diff.topics) {
  console.log(
    t.topic.id,
    t.status,
    t.alignment.method,
    t.alignment.score,
    t.alignment.baseTopicIds.join('+'),
    '->',
    t.alignment.targetTopicIds.join('+'),
  );
  for (const b of t.summary) if (b.importance >= 2) console.log('   *', b.importance, b.text);
}
