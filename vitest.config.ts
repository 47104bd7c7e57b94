import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// WxtVitest() is not used: its setup module imports `wxt/testing`, which pulls esbuild into the
// jsdom environment and crashes it (wxt 0.20.9). This does the same two things by hand: `wxt/browser`
// resolves to the fake browser, and `browser`/`chrome` globals are stubbed in test/setup.ts.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      {
        find: /^wxt\/browser$/,
        replacement: fileURLToPath(new URL('./test/mock-browser.ts', import.meta.url)),
      },
    ],
  },
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
    testTimeout: 20000,
    server: { deps: { inline: ['wxt'] } },
  },
});
