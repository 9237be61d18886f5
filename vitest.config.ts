import { defineConfig } from 'vitest/config';

/** Unit tests sit beside the pure modules they guard; e2e lives in tests/e2e (Playwright). */
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
