import { describe, expect, it } from 'vitest';
import { coalesceReads } from './coalesce-reads.ts';

function counter() {
  const state = { value: 0, reads: 0, release: [] as (() => void)[] };
  const read = () => new Promise<number>((resolve) => {
    state.reads++;
    const seen = state.value;
    state.release.push(() => resolve(seen));
  });
  return { state, read };
}

describe('coalesceReads', () => {
  it('lets callers that arrive during a read share the next one, which sees later writes', async () => {
    const { state, read } = counter();
    const shared = coalesceReads(read);
    const first = shared();
    state.value = 1; // committed while the first read is in flight
    const second = shared();
    const third = shared();
    expect(state.reads).toBe(1);
    state.release.shift()?.();
    expect(await first).toBe(0);
    await Promise.resolve();
    await Promise.resolve();
    expect(state.reads).toBe(2);
    state.release.shift()?.();
    expect(await second).toBe(1);
    expect(await third).toBe(1);
  });

  it('starts a fresh read when none is running, and recovers after a failed one', async () => {
    let fail = true;
    const shared = coalesceReads(async () => {
      if (fail) throw new Error('down');
      return 7;
    });
    await expect(shared()).rejects.toThrow('down');
    fail = false;
    expect(await shared()).toBe(7);
  });
});
