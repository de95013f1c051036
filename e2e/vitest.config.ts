import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each page's code arrives as its own chunk on first visit: on a loaded machine a page can take
    // more than the default second to appear after a click.
    expect: { poll: { timeout: 5_000 } },
    // One browser and one server at a time on a 2-core machine.
    fileParallelism: false,
  },
});
