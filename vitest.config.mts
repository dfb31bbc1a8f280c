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
    // One worker more than cores (vitest's default leaves one core idle): several files spend most of
    // their time waiting on real programs (the metrics path waits ~30 s on Telegraf's flushes), and
    // the extra worker keeps the cores busy meanwhile. Measured: 2 workers 118 s, 3 workers 106 s.
    maxWorkers: Math.max(2, availableParallelism()) + 1,
    // Test files share a worker's module cache: the platform's modules (megabytes of generated
    // imports/) load once per worker instead of once per file. No test mocks modules or relies on
    // module state being fresh.
    isolate: false,
    // The generated imports/ are CommonJS already (scripts/import.ts): Node loads them as it loads a
    // package, instead of Vite transforming megabytes of JavaScript in every worker.
    server: { deps: { external: [/\/imports\/[^/]+\.js$/] } },
    // Renders every environment once, before any file runs; the tests read that render.
    globalSetup: ['test/support/global-setup.ts'],
    // The JSON report lets .ci/run print a plain `N passed, N failed` closing line.
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/vitest-report.json' },
  },
});
