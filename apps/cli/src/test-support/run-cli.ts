import { execFile } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const REPO_ROOT = resolve(here, '..', '..', '..', '..');
/** The reference record every test can rely on. */
export const REFERENCE_RECORD = join(REPO_ROOT, 'fixtures', '2023-03-som-stockholm.txt');
const SHIM = resolve(here, '..', '..', 'bin', 'som.js');

/** What one run of the CLI printed and how it ended. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `som ARGS` through its bin shim (tsx loader) as a child process; never rejects. */
export function runCli(args: string[], options: { cwd?: string } = {}): Promise<CliRun> {
  return runCommand(process.execPath, [SHIM, ...args], options.cwd ?? REPO_ROOT);
}

/** Runs any command as a child process with a clean npm environment; never rejects. */
export function runCommand(command: string, args: string[], cwd: string): Promise<CliRun> {
  const env = { ...process.env };
  delete env.npm_lifecycle_event;
  delete env.INIT_CWD;
  delete env.NODE_OPTIONS;
  return new Promise((done) => {
    execFile(
      command,
      args,
      { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}
