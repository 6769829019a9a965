import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/relevance/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
