import { defineConfig } from 'wxt';
import react from '@vitejs/plugin-react';

// Host permissions are limited to the four networks; nothing else is requested.
export const NETWORK_MATCHES = [
  '*://x.com/*',
  '*://twitter.com/*',
  '*://mobile.x.com/*',
  '*://mobile.twitter.com/*',
];

export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [react()],
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
