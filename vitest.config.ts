import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit-node',
          environment: 'node',
          // Some tests import whole novels and EPUBs; CI machines are small and shared.
          testTimeout: 30_000,
          include: ['tests/unit/main/**/*.test.ts', 'tests/unit/shared/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'unit-web',
          environment: 'jsdom',
          testTimeout: 30_000,
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/support/jsdom-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/build-once.ts'],
          testTimeout: 120_000,
          // One rerun of a failed browser test: headless Chromium on small shared CI machines has
          // timing hiccups; a test that fails twice still fails the run.
          retry: 1,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
