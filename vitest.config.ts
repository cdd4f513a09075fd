import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // The JSON report feeds the closing summary line of .ci/run.
    reporters: ['default', 'json'],
    outputFile: { json: '.reports/unit.json' },
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    // requestAnimationFrame, as content scripts have it.
    environmentOptions: { jsdom: { pretendToBeVisual: true } },
  },
});
