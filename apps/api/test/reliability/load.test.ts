import { describe, expect, it } from 'vitest';
import { runLoad } from './load-run.js';

// The 5-second version of `pnpm load:test` (30 s by default): mixed reads plus concurrent ingests on a
// real server, no errors, no non-2xx, a clean shutdown, memory not running away.
describe('a short load run on 127.0.0.1', () => {
  it('serves every read and ingest with a 2xx and shuts down cleanly', async () => {
    const report = await runLoad({ seconds: 5, connections: 6, ingesters: 1 });
    expect(report.reads.requests).toBeGreaterThan(50);
    expect(report.reads).toMatchObject({ errors: 0, timeouts: 0, non2xx: 0 });
    expect(report.ingests.failed).toEqual([]);
    expect(report.ingests.acknowledged).toBeGreaterThan(0);
    expect(report.exitCode).toBe(0);
    // Once the ingests stop, reads alone must not keep growing memory (a leak per request would).
    if (Number.isFinite(report.rssMb.mid)) expect(report.rssMb.end).toBeLessThan(report.rssMb.mid + 100);
  }, 30_000);
});
