import { defineConfig } from 'wxt';
import react from '@vitejs/plugin-react';

export default defineConfig({
  imports: false,
  // KPI_LENS_OUT_DIR lets parallel profiling builds each have their own output (analysis only).
  ...(process.env.KPI_LENS_OUT_DIR ? { outDir: process.env.KPI_LENS_OUT_DIR } : {}),
  vite: () => ({
    plugins: [react()],
    // KPI_LENS_NO_MINIFY=1 keeps function names readable in profiles (benchmark analysis only).
    build: process.env.KPI_LENS_NO_MINIFY ? { minify: false } : {},
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    permissions: ['storage', 'unlimitedStorage'],
    action: {
      default_title: '__MSG_extName__',
    },
    browser_specific_settings: {
      gecko: {
        id: 'kpi-lens@kpi-lens.invalid',
        strict_min_version: '128.0',
      },
    },
  },
});
