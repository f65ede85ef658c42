import { readFileSync } from 'node:fs';
import { parseOutcome } from './src/index.js';
const raw = readFileSync(process.argv[2] ?? '../../fixtures/2023-03-som-stockholm.txt', 'utf8');
const d = parseOutcome(raw);
console.log(d.id, JSON.stringify(d.meta), JSON.stringify(d.meeting, null, 0));
for (const s of d.sections) console.log(s.id, s.number, s.level, s.kind, JSON.stringify(s.title), s.topic.id, s.topic.confidence, s.subtopics.map(t => `${t.title}=>${t.topic.id}`).join(' | '));
console.log(d.warnings.map(w => w.code + ':' + w.message).join('\n'));
console.log(d.statements.length);
