// Runs the pack test (see ../pack-test.sh): each check is one test, reported as ok / not ok and, when a
// path is given, as JSON {passed, failed, tests} for scripts/count-results.mjs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  COMPARE_SCRIPT,
  CONSUMER_PACKAGE_JSON,
  PARSE_SCRIPT,
  PDF_SCRIPT,
  TS_BAD,
  TS_CONFIG,
  TS_GOOD,
} from './consumer-files.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const record = join(root, 'fixtures', '2023-03-som-stockholm.txt');
const TIMEOUT_MS = 120_000;
const results: { name: string; ok: boolean; detail: string }[] = [];

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Runs one check; a throw or a false result fails it, and later checks go on. */
function check(name: string, body: () => string | boolean): boolean {
  let ok = false;
  let detail = '';
  try {
    const out = body();
    ok = out !== false;
    detail = typeof out === 'string' ? out : '';
  } catch (error) {
    const e = error as { message?: string; stderr?: string; stdout?: string };
    detail = [e.message, e.stdout, e.stderr]
      .filter(Boolean)
      .join('\n')
      .trim()
      .split('\n')
      .slice(0, 12)
      .join('\n');
  }
  results.push({ name, ok, detail });
  process.stdout.write(
    `${ok ? 'ok' : 'not ok'} - ${name}${detail ? `: ${detail.replace(/\n/g, '\n    ')}` : ''}\n`,
  );
  return ok;
}

function tarList(tgz: string): string[] {
  return run('tar', ['-tzf', tgz], root).split('\n').filter(Boolean);
}

function packedManifest(tgz: string): Record<string, unknown> {
  return JSON.parse(run('tar', ['-xzOf', tgz, 'package/package.json'], root)) as Record<string, unknown>;
}

const work = mkdtempSync(join(tmpdir(), 'som-pack-'));
const tarballs = join(work, 'tarballs');
const consumer = join(work, 'consumer');
mkdirSync(tarballs);
mkdirSync(consumer);
const tgz: Record<string, string> = {};

try {
  for (const pkg of ['domain', 'compare'] as const) {
    const built = check(`@som/${pkg} builds (tsc -> dist)`, () => {
      run('pnpm', ['--filter', `@som/${pkg}`, 'build'], root);
      return true;
    });
    if (!built) continue;
    check(`@som/${pkg} packs with pnpm pack`, () => {
      const before = new Set(readdirSync(tarballs));
      run('pnpm', ['pack', '--pack-destination', tarballs], join(root, 'packages', pkg));
      const made = readdirSync(tarballs).find((f) => f.endsWith('.tgz') && !before.has(f));
      if (!made) throw new Error('no tarball was written');
      tgz[pkg] = join(tarballs, made);
      return made;
    });
    if (!tgz[pkg]) continue;
    check(`@som/${pkg} tarball holds dist JS and types, no sources or tests`, () => {
      const files = tarList(tgz[pkg]!);
      const missing = ['package/dist/index.js', 'package/dist/index.d.ts'].filter((f) => !files.includes(f));
      const leaked = files.filter((f) => f.startsWith('package/src/') || /\.test\.(js|d\.ts)$/.test(f));
      if (missing.length > 0 || leaked.length > 0) {
        throw new Error(
          `missing: ${missing.join(', ') || 'none'}; should not ship: ${leaked.slice(0, 5).join(', ') || 'none'}`,
        );
      }
      return `${files.length} files`;
    });
    check(`@som/${pkg} packed manifest points at dist and has no workspace/catalog ranges`, () => {
      const manifest = packedManifest(tgz[pkg]!);
      const exportsJson = JSON.stringify(manifest.exports ?? {});
      const deps = JSON.stringify(manifest.dependencies ?? {});
      if (exportsJson.includes('/src/') || !exportsJson.includes('./dist/index.js')) {
        throw new Error(`exports not rewritten to dist: ${exportsJson}`);
      }
      if (/workspace:|catalog:/.test(deps)) throw new Error(`unresolved ranges in dependencies: ${deps}`);
      return deps;
    });
  }

  const installed =
    Boolean(tgz.domain && tgz.compare) &&
    check('both tarballs install with npm into a plain project outside the workspace', () => {
      writeFileSync(join(consumer, 'package.json'), CONSUMER_PACKAGE_JSON);
      run(
        'npm',
        [
          'install',
          '--prefer-offline',
          '--no-audit',
          '--no-fund',
          '--loglevel=error',
          '--ignore-scripts',
          tgz.domain!,
          tgz.compare!,
          '@types/node@20',
        ],
        consumer,
      );
      return consumer;
    });

  if (installed) {
    writeFileSync(join(consumer, 'parse.mjs'), PARSE_SCRIPT);
    writeFileSync(join(consumer, 'compare.mjs'), COMPARE_SCRIPT);
    writeFileSync(join(consumer, 'pdf.mjs'), PDF_SCRIPT);
    check('ESM consumer parses the reference record with @som/domain', () => {
      const out = run('node', ['parse.mjs', record], consumer).trim();
      if (!/^\d+$/.test(out) || Number(out) === 0)
        throw new Error(`expected a positive statement count, got "${out}"`);
      return `${out} statements`;
    });
    check('ESM consumer compares the record with itself through @som/compare: nothing changed', () => {
      const out = run('node', ['compare.mjs', record], consumer).trim();
      const [topics, changed] = out.split(' ').map(Number);
      if (!topics || changed !== 0)
        throw new Error(`expected topics > 0 and 0 changed statements, got "${out}"`);
      return `${topics} topics, 0 changed`;
    });
    check('the @som/domain/pdf entry loads in plain Node', () => {
      const out = run('node', ['pdf.mjs'], consumer).trim();
      if (!out) throw new Error('the pdf entry exports no function');
      return out;
    });

    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    writeFileSync(join(consumer, 'tsconfig.json'), TS_CONFIG);
    check('a TypeScript consumer type-checks (module/moduleResolution nodenext, strict)', () => {
      writeFileSync(join(consumer, 'consumer.ts'), TS_GOOD);
      run('node', [tsc, '-p', 'tsconfig.json'], consumer);
      return true;
    });
    check('the published types are real: a wrong use fails to type-check', () => {
      rmSync(join(consumer, 'consumer.ts'));
      writeFileSync(join(consumer, 'wrong.ts'), TS_BAD);
      try {
        run('node', [tsc, '-p', 'tsconfig.json'], consumer);
      } catch (error) {
        const out = String((error as { stdout?: string }).stdout ?? '');
        if (out.includes('TS2322')) return 'TS2322 as expected';
        throw new Error(`failed, but not with TS2322: ${out.slice(0, 300)}`);
      }
      throw new Error('assigning a number to a string type-checked: the types are any');
    });
  }
} finally {
  if (process.env.KEEP) process.stdout.write(`kept ${work}\n`);
  else rmSync(work, { recursive: true, force: true });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
process.stdout.write(`pack test: ${passed} passed, ${failed} failed\n`);
const out = process.argv[2];
if (out) writeFileSync(out, `${JSON.stringify({ passed, failed, tests: results }, null, 2)}\n`);
process.exitCode = failed > 0 ? 1 : 0;
