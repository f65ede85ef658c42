// Structured compare of the two largest fixtures, and a 100-meeting topic timeline, each beside
// `diffWords` over the same two whole texts measured in the same run.
import { compareMeetings, topicTimeline } from '@som/compare';
import { parseOutcome } from '@som/domain';
import { diffWords } from 'diff';
import { readFixtureTexts } from './fixtures.js';
import { measureMs, median } from './measure.js';
import type { BenchFigure, RunBench } from './types.js';
import { buildMeetingSeries, pickBusiestTopic } from './vary-meetings.js';

/** Target of issue 3: a full structured compare costs at most 1/50 of one whole-text word diff. */
const TARGET_RATIO = 1 / 50;
const TIMELINE_MEETINGS = 100;
/** Alternating rounds of one diffWords sample and one compare sample (each compare sample >= 100 ms). */
const ROUNDS = 7;

export const runBench: RunBench = async () => {
  const fixtures = readFixtureTexts();
  if (fixtures.length < 2) throw new Error('need at least two fixtures/*.txt to compare');
  const [first, second] = [...fixtures].sort((a, b) => b.bytes - a.bytes);
  const pair = [first!, second!].map((f) => ({ ...f, doc: parseOutcome(f.text) }));
  // Base is the earlier meeting, as a reader would compare them.
  pair.sort((a, b) => (a.doc.meeting.startDate ?? '').localeCompare(b.doc.meeting.startDate ?? ''));
  const [base, target] = pair as [(typeof pair)[0], (typeof pair)[0]];

  // The two are measured in alternation, one diffWords sample then one compare sample, so that load
  // from other processes on a shared machine weighs on both sides of the ratio alike.
  const runDiff = () => diffWords(base.text, target.text);
  const runCompare = () => compareMeetings(base.doc, target.doc);
  // Warm-up (results discarded): the JIT compiles both before the first counted round.
  measureMs(runDiff, { warmup: 0, samples: 1 });
  measureMs(runCompare, { warmup: 30, samples: 1 });
  const diffSamples: number[] = [];
  const compareSamples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    diffSamples.push(measureMs(runDiff, { warmup: 0, samples: 1 }));
    compareSamples.push(measureMs(runCompare, { warmup: 0, samples: 1, minSampleMs: 100 }));
  }
  const diffWordsMs = median(diffSamples);
  const compareMs = median(compareSamples);

  const docs = buildMeetingSeries(
    fixtures.map((f) => f.text),
    TIMELINE_MEETINGS,
  );
  const topicId = pickBusiestTopic(docs);
  const timelineMs = measureMs(() => topicTimeline(docs, topicId), { warmup: 2, samples: 5 });

  const diffBaseline = {
    label: `diffWords ${kb(base.bytes)}+${kb(target.bytes)} KB`,
    value: round(diffWordsMs),
    unit: 'ms',
  };
  const compareRatio = compareMs / diffWordsMs;
  return [
    {
      name: 'compare.largestPair',
      label: `compareMeetings(${base.name}, ${target.name}), median of ${ROUNDS} alternating rounds`,
      value: round(compareMs),
      unit: 'ms',
      baseline: diffBaseline,
      ratio: round(compareRatio),
      ratioMeaning: 'x diffWords',
      target: '<= 1/50 diffWords',
      pass: compareRatio <= TARGET_RATIO,
    },
    {
      name: 'compare.timeline100',
      label: `topicTimeline over ${docs.length} varied meetings, topic ${topicId}, median of 5`,
      value: round(timelineMs),
      unit: 'ms',
      baseline: diffBaseline,
      ratio: round(timelineMs / diffWordsMs),
      ratioMeaning: 'x diffWords',
      target: '<= 1x diffWords',
      pass: timelineMs <= diffWordsMs,
    },
  ] satisfies BenchFigure[];
};

function kb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
