// Parse throughput over every fixture, beside the throughput of merely splitting the same texts into lines.
import { parseOutcome } from '@som/domain';
import { readFixtureTexts } from './fixtures.js';
import { measureMs, median } from './measure.js';
import type { BenchFigure, RunBench } from './types.js';

/** Target of issue 2: at least 20 MB/s after warm-up. */
const TARGET_MB_PER_S = 20;

/** Parses every fixture record; MB = 10^6 UTF-8 bytes. */
export const runBench: RunBench = async () => {
  const fixtures = readFixtureTexts();
  if (fixtures.length === 0) throw new Error('no fixtures/*.txt to parse');
  const texts = fixtures.map((f) => f.text);
  const megabytes = fixtures.reduce((sum, f) => sum + f.bytes, 0) / 1e6;

  const parse = () => texts.map((text) => parseOutcome(text));
  const split = () => texts.map((text) => text.split(/\r\n|\r|\n/));
  // "After warm-up": about two seconds of parsing first, so the JIT has settled on every pass
  measureMs(parse, { warmup: 300, samples: 1 });
  measureMs(split, { warmup: 200, samples: 1 });
  // Samples alternate, so each parse sample has a line-splitting sample taken moments later: the
  // shared machine's speed changes over seconds, and the ratio of a pair cancels it out.
  const parseSamples: number[] = [];
  const splitSamples: number[] = [];
  const ratios: number[] = [];
  for (let s = 0; s < 9; s++) {
    const p = measureMs(parse, { warmup: 0, samples: 1, minSampleMs: 200 });
    const l = measureMs(split, { warmup: 0, samples: 1, minSampleMs: 100 });
    parseSamples.push(p);
    splitSamples.push(l);
    ratios.push(p / l);
  }
  const parseMs = median(parseSamples);
  const splitMs = median(splitSamples);
  const parseMbPerS = megabytes / (parseMs / 1000);
  const splitMbPerS = megabytes / (splitMs / 1000);

  const figures: BenchFigure[] = [
    {
      name: 'parse.throughput',
      label: `parseOutcome over ${fixtures.length} fixtures (${(megabytes * 1000).toFixed(0)} KB), median of 9 samples, each paired with a line-splitting sample (ratio: median of the pairs)`,
      value: round(parseMbPerS),
      unit: 'MB/s',
      baseline: { label: 'split into lines', value: round(splitMbPerS), unit: 'MB/s' },
      ratio: round(median(ratios)),
      ratioMeaning: 'x the time of line splitting',
      target: `>= ${TARGET_MB_PER_S} MB/s`,
      pass: parseMbPerS >= TARGET_MB_PER_S,
    },
    {
      name: 'parse.perRecord',
      label: 'mean parse time of one fixture record',
      value: round(parseMs / fixtures.length),
      unit: 'ms',
    },
  ];
  return figures;
};

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
