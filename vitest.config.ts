import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // The CLI colours nothing in tests; tests that check colours set it themselves.
    env: { NO_COLOR: '1', FORCE_COLOR: '0' },
  },
});
