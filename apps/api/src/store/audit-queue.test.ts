import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../schemas/api-schemas.js';
import { AUDIT_BATCH, AUDIT_FLUSH_MS, AuditQueue } from './audit-queue.js';

const line = (target: string) => ({ actor: 'local', action: 'read' as const, target, status: 200 });

afterEach(() => {
  vi.useRealTimers();
});

describe('AuditQueue', () => {
  it('writes queued lines together within AUDIT_FLUSH_MS, stamped when queued', () => {
    vi.useFakeTimers();
    const writes: (readonly AuditEntry[])[] = [];
    const queue = new AuditQueue((lines) => writes.push(lines));
    queue.push(line('a'));
    queue.push(line('b'));
    expect(writes).toHaveLength(0);
    vi.advanceTimersByTime(AUDIT_FLUSH_MS);
    expect(writes).toHaveLength(1);
    expect(writes[0]!.map((l) => l.target)).toEqual(['a', 'b']);
    expect(writes[0]![0]!.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('writes at once when AUDIT_BATCH lines wait, and on flush', () => {
    const writes: (readonly AuditEntry[])[] = [];
    const queue = new AuditQueue((lines) => writes.push(lines));
    for (let i = 0; i < AUDIT_BATCH; i++) queue.push(line(String(i)));
    expect(writes).toHaveLength(1);
    queue.push(line('last'));
    queue.flush();
    expect(writes.map((w) => w.length)).toEqual([AUDIT_BATCH, 1]);
    expect(queue.pending).toBe(0);
  });

  it('keeps the lines when a write fails, and writes them with the next flush', () => {
    let fail = true;
    const written: string[] = [];
    const queue = new AuditQueue((lines) => {
      if (fail) throw new Error('disk full');
      written.push(...lines.map((l) => l.target ?? ''));
    });
    queue.push(line('a'));
    expect(() => queue.flush()).toThrow('disk full');
    expect(queue.pending).toBe(1);
    fail = false;
    queue.push(line('b'));
    queue.flush();
    expect(written).toEqual(['a', 'b']);
  });
});
