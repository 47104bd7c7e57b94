import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCollection } from '../lib/collect/start';
import { linkedinAdapter } from '../lib/networks/linkedin';

export default defineContentScript({
  matches: ['*://www.linkedin.com/*', '*://linkedin.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startCollection(ctx, linkedinAdapter),
});
