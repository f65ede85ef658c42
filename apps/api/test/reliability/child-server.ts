import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The api package folder (where `src/server.ts` lives). */
export const API_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A real `server.ts` process listening on 127.0.0.1 at a free port. */
export interface ChildServer {
  process: ChildProcess;
  origin: string;
  pid: number;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** SIGKILL (no clean-up at all), then waits for the exit. */
  kill9(): Promise<void>;
  /** SIGTERM, then waits for the exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

/** Outcome of a server that exited on its own (start-up refused). */
export interface ExitedServer {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  ms: number;
}

const BASE_ENV = {
  HOST: '127.0.0.1',
  PORT: '0',
  SOM_LOAD_FIXTURES: 'false',
  SOM_RATE_LIMIT: '0',
  SOM_LOG_LEVEL: 'silent',
};

/**
 * Starts `tsx src/server.ts` with a data dir and extra environment, and resolves once it prints its
 * address ("SOM Compare on http://127.0.0.1:PORT"). Rejects (after killing it) if it exits first or does
 * not come up within `timeoutMs`.
 */
export function startServer(
  dataDir: string,
  env: Record<string, string> = {},
  timeoutMs = 20_000,
): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: API_DIR,
    env: { ...process.env, ...BASE_ENV, SOM_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const waitExit = async (ms: number) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    await Promise.race([exited, new Promise((r) => setTimeout(r, ms))]);
  };
  const server = (origin: string): ChildServer => ({
    process: child,
    origin,
    pid: child.pid!,
    stderr: () => stderr,
    async kill9() {
      child.kill('SIGKILL');
      await waitExit(10_000);
    },
    async stop(graceMs = 5_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await waitExit(graceMs);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await waitExit(5_000);
      }
    },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      stderr += chunk;
      const match = stderr.match(/SOM Compare on (http:\/\/127\.0\.0\.1:\d+)/);
      if (match) {
        clearTimeout(timer);
        resolve(server(match[1]!));
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before listening: ${stderr}`));
    });
  });
}

/** Runs `server.ts` expecting it to refuse to start; kills it after `timeoutMs` if it does not exit. */
export function runUntilExit(
  dataDir: string,
  env: Record<string, string> = {},
  timeoutMs = 15_000,
): Promise<ExitedServer> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: API_DIR,
    env: { ...process.env, ...BASE_ENV, SOM_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr, ms: Date.now() - started });
    });
  });
}
