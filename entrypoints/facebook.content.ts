import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCollection } from '../lib/collect/start';
import { facebookAdapter } from '../lib/networks/facebook';

export default defineContentScript({
  matches: ['*://www.facebook.com/*', '*://facebook.com/*', '*://m.facebook.com/*', '*://web.facebook.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startCollection(ctx, facebookAdapter),
});
