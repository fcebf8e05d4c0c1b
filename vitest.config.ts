import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Lab tests start real Dovecot instances; two cores is the machine size.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
