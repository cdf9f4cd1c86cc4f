import { defineConfig } from 'vitest/config';

// Two projects: fast unit and golden tests (Node, jsdom created per test), and
// end-to-end tests that drive the real Chromium and Firefox ESR with the built
// extension (serial, generous timeouts: a browser takes seconds to start).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'content-scripts/**/*.test.ts', 'background/**/*.test.ts', 'popup/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
