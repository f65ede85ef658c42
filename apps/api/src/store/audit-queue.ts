import type { AuditEntry } from '../schemas/api-schemas.js';

/** Queued lines are written at most this long after the first of them was queued, */
export const AUDIT_FLUSH_MS = 25;
/** ... or as soon as this many are waiting. */
export const AUDIT_BATCH = 200;
/** Lines kept for a retry when the database refuses a flush (full disk); older ones are dropped. */
const MAX_RETAINED = 10_000;

/**
 * Write-behind queue of audit lines: `push` costs no I/O; the lines are written together, in one
 * transaction, within `AUDIT_FLUSH_MS`, at `AUDIT_BATCH` lines, and whenever `flush` is called (before the
 * log is read, and on close). One INSERT transaction per request would cost a busy server a large share
 * of its throughput; the price is that a crash (not a graceful shutdown) can lose the last few
 * milliseconds of lines.
 */
export class AuditQueue {
  private readonly queue: AuditEntry[] = [];
  private timer: NodeJS.Timeout | null = null;

  /** `write` stores lines in one transaction, or throws and stores none. */
  constructor(private readonly write: (lines: readonly AuditEntry[]) => void) {}

  /** Queues a line stamped now. */
  push(entry: Omit<AuditEntry, 'at'>): void {
    this.queue.push({ ...entry, at: new Date().toISOString() });
    if (this.queue.length >= AUDIT_BATCH) this.flushSafely();
    else this.timer ??= setTimeout(() => this.flushSafely(), AUDIT_FLUSH_MS).unref();
  }

  /** Lines queued and not yet written. */
  get pending(): number {
    return this.queue.length;
  }

  /** Writes the queued lines now; throws (keeping them queued) if the database cannot take them. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.queue.length === 0) return;
    const lines = this.queue.splice(0);
    try {
      this.write(lines);
    } catch (error) {
      this.queue.unshift(...lines);
      if (this.queue.length > MAX_RETAINED) this.queue.splice(0, this.queue.length - MAX_RETAINED);
      throw error;
    }
  }

  /**
   * Flushes from a timer or a request: a failure (full disk) must not crash the server, so the lines
   * stay queued for the next flush and the failure is reported on stderr.
   */
  private flushSafely(): void {
    try {
      this.flush();
    } catch (error) {
      process.stderr.write(`som-api: could not write the audit log: ${(error as Error).message}\n`);
    }
  }
}
