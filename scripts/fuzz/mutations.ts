import fc from 'fast-check';

/** One edit of a record's lines, as real extraction and copy-paste damage them. */
export type Mutation =
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'duplicate'; at: number; count: number }
  | { kind: 'shuffle'; at: number; count: number; seed: number }
  | { kind: 'footer'; at: number; footer: string }
  | { kind: 'control'; at: number; chars: string }
  | { kind: 'split-word'; at: number }
  | { kind: 'truncate'; keep: number };

const CONTROL_CHARS = [
  '\u0000',
  '\u0007',
  '\u000b',
  '\u000c',
  '\r',
  '\t',
  '\u001b',
  '\u007f',
  '\u00ad',
  '\u200b',
  '\ufeff',
  '\u2028',
  '\ud800',
  '\udfff',
];

/** A Council page footer, on one line or split into one field per line as PDF extraction leaves it. */
export const arbitraryFooter: fc.Arbitrary<string> = fc
  .record({
    number: fc.tuple(fc.integer({ min: 1000, max: 16999 }), fc.integer({ min: 10, max: 29 })),
    initials: fc.constantFrom('RS/mr', 'PC/pf', 'MH/kp', 'ak'),
    page: fc.integer({ min: 1, max: 40 }),
    directorate: fc.constantFrom('JAI.1', 'JAI.2', 'DGD1B', 'DG D 1', 'RELEX.1'),
    split: fc.boolean(),
    limite: fc.boolean(),
  })
  .map(({ number, initials, page, directorate, split, limite }) => {
    const fields = [
      `${number[0]}/${number[1]}`,
      initials,
      String(page),
      directorate,
      limite ? 'LIMITE' : '',
      'EN',
    ].filter(Boolean);
    return split ? fields.join('\n\n') : fields.join(' ');
  });

/** Any of the mutations, with positions as fractions of the text resolved when applied. */
export const arbitraryMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    kind: fc.constant('shuffle' as const),
    at: fc.nat(),
    count: fc.integer({ min: 2, max: 30 }),
    seed: fc.nat(),
  }),
  fc.record({ kind: fc.constant('footer' as const), at: fc.nat(), footer: arbitraryFooter }),
  fc.record({
    kind: fc.constant('control' as const),
    at: fc.nat(),
    chars: fc.array(fc.constantFrom(...CONTROL_CHARS), { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
  }),
  fc.record({ kind: fc.constant('split-word' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), keep: fc.nat() }),
);

/** Applies mutations in order to a text, line by line (positions are taken modulo the current size). */
export function applyMutations(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    const n = Math.max(lines.length, 1);
    switch (m.kind) {
      case 'delete':
        lines.splice(m.at % n, m.count);
        break;
      case 'duplicate': {
        const start = m.at % n;
        lines.splice(start, 0, ...lines.slice(start, start + m.count));
        break;
      }
      case 'shuffle': {
        const start = m.at % n;
        const part = lines.slice(start, start + m.count);
        let s = m.seed;
        for (let i = part.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2147483648;
          const j = s % (i + 1);
          [part[i], part[j]] = [part[j]!, part[i]!];
        }
        lines.splice(start, part.length, ...part);
        break;
      }
      case 'footer':
        lines.splice(m.at % (n + 1), 0, ...m.footer.split('\n'));
        break;
      case 'control': {
        const i = m.at % n;
        const line = lines[i] ?? '';
        const cut = line.length === 0 ? 0 : m.at % line.length;
        lines[i] = line.slice(0, cut) + m.chars + line.slice(cut);
        break;
      }
      case 'split-word': {
        // Hyphenates a line across two, as PDF extraction does: "recipro-" / "city".
        const i = m.at % n;
        const line = lines[i] ?? '';
        if (line.length > 4) {
          const cut = 2 + (m.at % (line.length - 3));
          lines.splice(i, 1, `${line.slice(0, cut)}-`, line.slice(cut));
        }
        break;
      }
      case 'truncate': {
        const joined = lines.join('\n');
        lines = joined.slice(0, m.keep % (joined.length + 1)).split('\n');
        break;
      }
    }
  }
  return lines.join('\n');
}
