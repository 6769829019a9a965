import { defineConfig } from 'vitest/config';

/** Tests that need the built app (out/); `npm test` runs them right after the build step. */
export default defineConfig({
  test: {
    include: ['tests/packaging/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
