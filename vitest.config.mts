import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // better-sqlite3 is a native module; forks keep each test file in its own process.
    pool: 'forks',
    testTimeout: 20_000,
  },
});
