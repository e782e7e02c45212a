import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Integration tests start servers and child processes; two cores are all a runner has.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
