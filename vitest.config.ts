import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/relevance/**/*.test.ts'],
    testTimeout: 60_000,
    // Building a fixture store reads the spelling dictionaries; on a busy 2-core machine that can take seconds.
    hookTimeout: 60_000,
  },
});
