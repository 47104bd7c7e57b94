import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCollection } from '../lib/collect/start';
import { instagramAdapter } from '../lib/networks/instagram';

export default defineContentScript({
  matches: ['*://www.instagram.com/*', '*://instagram.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startCollection(ctx, instagramAdapter),
});
