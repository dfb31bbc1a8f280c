import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Validators spawn real tools and renders run whole environments: generous, still bounded.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Forks, not threads: some tests spawn child processes that rely on the working directory.
    pool: 'forks',
    // One worker per core (vitest's default leaves one core idle): most test files wait on real
    // tools in child processes part of the time.
    maxWorkers: Math.max(2, availableParallelism()),
    // Test files share a worker's module cache: the platform's modules (megabytes of generated
    // imports/) load once per worker instead of once per file. No test mocks modules or relies on
    // module state being fresh.
    isolate: false,
    // Renders every environment once, before any file runs; the tests read that render.
    globalSetup: ['test/support/global-setup.ts'],
    // The JSON report lets .ci/run print a plain `N passed, N failed` closing line.
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/vitest-report.json' },
  },
});
