import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Validators spawn real tools and renders run whole environments: generous, still bounded.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Forks, not threads: some tests spawn child processes that rely on the working directory.
    pool: 'forks',
    // The JSON report lets .ci/run print a plain `N passed, N failed` closing line.
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/vitest-report.json' },
  },
});
