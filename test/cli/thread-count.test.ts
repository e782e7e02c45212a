import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { MIN_BYTES_PER_THREAD, threadCount } from '../../src/workers.js';

describe('threadCount', () => {
  const cores = availableParallelism();

  it('takes the count asked for, but never more threads than files', () => {
    expect(threadCount(3, 10, 1)).toBe(3);
    expect(threadCount(8, 2, 10 * MIN_BYTES_PER_THREAD)).toBe(2);
    expect(threadCount(1, 50)).toBe(1);
  });

  it('by default starts a thread per core only when there is enough to read', () => {
    // A few small files (the bundled example): one thread, no worker to start.
    expect(threadCount(undefined, 24, 200_000)).toBe(1);
    expect(threadCount(undefined, 24, MIN_BYTES_PER_THREAD + 1)).toBe(Math.min(cores, 2));
    expect(threadCount(undefined, 24, 100 * MIN_BYTES_PER_THREAD)).toBe(Math.min(cores, 24));
    expect(threadCount(undefined, 24)).toBe(Math.min(cores, 24));
    expect(threadCount(undefined, 0, 0)).toBe(1);
  });
});
