/**
 * Measures the parser against the hand-written gold annotations in `fixtures/gold/`.
 * Usage: pnpm eval:parse [--json] [--misses] [--file NAME] [--min 0.95]
 * Prints precision / recall / F1 per field, overall (micro-averaged) and per file. Exit code 0,
 * unless `--min X` is given and some field's overall precision or recall is below X (then 1).
 * Matching rules: see scripts/eval/score-document.ts and fixtures/gold/README.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatOverallTable, formatPerFileTable } from './eval/format-table.js';
import { GoldDocumentSchema } from './eval/gold-schema.js';
import {
  addScores,
  type DocumentScore,
  FIELDS,
  type Miss,
  measure,
  type ScoredParse,
  scoreDocument,
} from './eval/score-document.js';

type Parse = (text: string, options?: Record<string, unknown>) => unknown;
type ReadPdf = (bytes: Uint8Array) => Promise<unknown>;

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'fixtures');
const args = process.argv.slice(2);
const json = args.includes('--json');
const showMisses = args.includes('--misses');
const minAt = args.indexOf('--min');
const min = minAt >= 0 ? Number(args[minAt + 1]) : null;
const fileAt = args.indexOf('--file');
const only = fileAt >= 0 ? (args[fileAt + 1] ?? '') : null;

async function loadParser(): Promise<Parse | null> {
  const domain = (await import('@som/domain')) as Record<string, unknown>;
  return typeof domain.parseOutcome === 'function' ? (domain.parseOutcome as Parse) : null;
}

/** The PDF reader of `@som/domain/pdf`, whichever name it exports, or null. */
async function loadPdfReader(): Promise<ReadPdf | null> {
  try {
    const pdf = (await import('@som/domain/pdf')) as Record<string, unknown>;
    for (const name of ['extractPdfText', 'readPdfText', 'pdfToText', 'extractText']) {
      if (typeof pdf[name] === 'function') return pdf[name] as ReadPdf;
    }
  } catch {
    // no PDF entry yet
  }
  return null;
}

/** Text of a PDF reader's answer: a string, `{ text }`, or `{ ok: true, text }`. */
function textOf(result: unknown): string | null {
  if (typeof result === 'string') return result;
  if (result !== null && typeof result === 'object' && 'text' in result) {
    const t = (result as { text: unknown }).text;
    return typeof t === 'string' ? t : null;
  }
  return null;
}

/** What scores as "nothing parsed" when the parser is missing or throws. */
const EMPTY_PARSE: ScoredParse = {
  meta: { documentNumber: null, classification: null },
  meeting: { kind: 'other', city: null, startDate: null, endDate: null },
  sections: [],
  statements: [],
  commitments: [],
  figures: [],
};

function asScored(doc: unknown): ScoredParse {
  if (doc === null || typeof doc !== 'object') return EMPTY_PARSE;
  const d = doc as Partial<ScoredParse> & { ok?: boolean; document?: unknown };
  if (d.document !== undefined) return asScored(d.document);
  return {
    meta: d.meta ?? EMPTY_PARSE.meta,
    meeting: d.meeting ?? EMPTY_PARSE.meeting,
    sections: d.sections ?? [],
    statements: d.statements ?? [],
    commitments: d.commitments ?? [],
    figures: d.figures ?? [],
  };
}

async function main(): Promise<void> {
  const parse = await loadParser();
  const readPdf = await loadPdfReader();
  const notes: string[] = [];
  if (parse === null)
    notes.push('parseOutcome is not exported by @som/domain yet: every parse scores as empty.');
  const goldFiles = readdirSync(join(fixtures, 'gold'))
    .filter((f) => f.endsWith('.gold.json'))
    .sort();
  const results: { name: string; score: DocumentScore; misses: Miss[] }[] = [];
  for (const goldFile of goldFiles) {
    const gold = GoldDocumentSchema.parse(JSON.parse(readFileSync(join(fixtures, 'gold', goldFile), 'utf8')));
    const inputs: { name: string; text: () => Promise<string | null> }[] = [
      { name: gold.file, text: async () => readFileSync(join(fixtures, gold.file), 'utf8') },
    ];
    const pdfName = gold.file.replace(/\.txt$/, '.pdf');
    if (existsSync(join(fixtures, pdfName))) {
      if (readPdf === null) notes.push(`${pdfName}: no PDF reader exported by @som/domain/pdf yet, skipped.`);
      else
        inputs.push({
          name: pdfName,
          text: async () => textOf(await readPdf(new Uint8Array(readFileSync(join(fixtures, pdfName))))),
        });
    }
    for (const input of inputs) {
      if (only !== null && !input.name.includes(only)) continue;
      let parsed: ScoredParse = EMPTY_PARSE;
      const text = await input.text();
      if (text === null) notes.push(`${input.name}: the PDF reader returned no text.`);
      else if (parse !== null) {
        try {
          parsed = asScored(parse(text, { fileName: input.name }));
        } catch (error) {
          notes.push(`${input.name}: parseOutcome threw ${(error as Error).message}`);
        }
      }
      const { score, misses } = scoreDocument(gold, parsed);
      results.push({ name: input.name, score, misses });
    }
  }
  const total = addScores(results.map((r) => r.score));
  const below = FIELDS.filter((f) => {
    const m = measure(total[f]);
    return min !== null && (m.precision < min || m.recall < min);
  });
  if (json) {
    const figures = (s: DocumentScore) =>
      Object.fromEntries(FIELDS.map((f) => [f, { ...s[f], ...measure(s[f]) }]));
    const out = {
      overall: figures(total),
      files: Object.fromEntries(results.map((r) => [r.name, figures(r.score)])),
      notes,
      ...(min !== null ? { min, below } : {}),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    for (const note of notes) console.log(`note: ${note}`);
    console.log(`\nOverall (${results.length} files, micro-averaged)\n`);
    console.log(formatOverallTable(total));
    console.log('\nPer file (precision/recall)\n');
    console.log(formatPerFileTable(results));
    if (showMisses) {
      for (const r of results) {
        if (r.misses.length === 0) continue;
        console.log(`\nMisses in ${r.name}`);
        for (const m of r.misses)
          console.log(`  [${m.field}] gold: ${m.gold}${m.got !== null ? ` | got: ${m.got}` : ''}`);
      }
    }
    if (min !== null)
      console.log(below.length === 0 ? `\nAll fields >= ${min}` : `\nBelow ${min}: ${below.join(', ')}`);
  }
  process.exitCode = below.length > 0 ? 1 : 0;
}

// `pnpm eval:parse | head` closes the pipe early: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
await main();
