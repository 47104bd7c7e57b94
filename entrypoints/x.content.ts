import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCollection } from '../lib/collect/start';
import { xAdapter } from '../lib/networks/x';

export default defineContentScript({
  matches: ['*://x.com/*', '*://twitter.com/*', '*://mobile.x.com/*', '*://mobile.twitter.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startCollection(ctx, xAdapter),
});
