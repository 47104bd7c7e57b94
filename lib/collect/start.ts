import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { NetworkAdapter } from '../networks/types';
import type { BadgeDisplay } from '../model/messages';
import { Collector } from './collector';
import { ReadingSender } from './sender';
import { loadPageSettings, onPageSettingsChange, type PageSettings } from './page-settings';
import { BadgeOverlay, keyOf } from './badges';
import { ViewerRecorder } from './viewer';

/** The badges' language (the user's choice, else the browser's) and number format. */
function badgeDisplay(settings: PageSettings): BadgeDisplay {
  const browserLocale = navigator.language || 'en';
  const language =
    settings.language === 'auto'
      ? browserLocale.toLowerCase().startsWith('fr')
        ? 'fr'
        : 'en'
      : settings.language;
  return { language, locale: browserLocale.toLowerCase().startsWith(language) ? browserLocale : language };
}

/** How often the collector checks that its scopes are still the page's (sites replace them). */
const SCOPE_CHECK_MS = 2000;

/**
 * What each `<network>.content.ts` calls: reads the page with that network's adapter and sends
 * the readings to the background, while the user's settings allow it.
 */
export async function startCollection(ctx: ContentScriptContext, adapter: NetworkAdapter): Promise<void> {
  let settings = await loadPageSettings(adapter.network);
  let display = badgeDisplay(settings);
  const log = (message: string, detail?: unknown) => {
    if (settings.debug) console.debug(`[KPI Lens ${adapter.network}] ${message}`, detail ?? '');
  };
  const sender = new ReadingSender({
    transport: (message) => browser.runtime.sendMessage(message),
    // Plain timers: the context's setTimeout adds an invalidation listener per call, never removed,
    // one per batch on a long scroll. sender.stop() on invalidation clears what matters.
    log,
    // Storage full: stop reading (what is pending stays and is retried); read again once a
    // retried batch is stored.
    // With the overlays on, each batch's acknowledgement brings its badges.
    badges: () => (settings.overlays ? display : undefined),
    onStored: (answer, message) => {
      overlay?.showAnswer(answer.badges, message.readings.map(keyOf));
    },
    onStorageFull: (full) => {
      paused = full;
      log(full ? 'storage full: collection paused' : 'storage available: collection resumed');
      apply();
    },
  });
  let paused = false;
  let collector: Collector | undefined;
  let overlay: BadgeOverlay | undefined;
  const makeOverlay = () =>
    new BadgeOverlay({
      network: adapter.network,
      doc: document,
      display: () => display,
      ...(adapter.badgeOffset ? { offset: adapter.badgeOffset } : {}),
      request: (message) => browser.runtime.sendMessage(message),
      mutate: (fn) => (collector ? collector.withoutObserving(fn) : fn()),
    });

  const apply = () => {
    if (settings.overlays) {
      overlay ??= makeOverlay();
      overlay.setEnabled(true);
    } else overlay?.setEnabled(false);
    const collecting = settings.collect && !paused;
    if (collecting && !collector) {
      collector = new Collector({
        adapter,
        doc: document,
        emit: (readings) => sender.push(readings),
        debugLog: (message) => log(message),
        // Where each post is, for the badges that come back with the readings' acknowledgement
        // (computed once stored: the comparison with the author's other posts includes this
        // one's own history); unchanged posts without a badge are asked for separately.
        onReads: (reads) => {
          if (settings.overlays) overlay?.track(reads);
        },
      });
      collector.start();
    } else if (!collecting && collector) {
      collector.stop();
      collector = undefined;
    }
  };

  apply();
  ctx.onInvalidated(
    onPageSettingsChange(adapter.network, (next) => {
      settings = next;
      display = badgeDisplay(settings);
      apply();
    }),
  );
  // The logged-in account, for the options page to suggest: on start, after each navigation and
  // with the scope check (the site's navigation renders after the content script starts).
  const viewer = new ViewerRecorder({ adapter, doc: document, storage: browser.storage.local, log });
  const checkViewer = () => {
    if (settings.collect) void viewer.check();
  };
  checkViewer();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    collector?.refresh();
    checkViewer();
  });
  ctx.setInterval(() => {
    collector?.refresh();
    checkViewer();
  }, SCOPE_CHECK_MS);
  // A page being hidden may be closed next: send what is buffered now.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'hidden') sender.flush();
  });
  ctx.onInvalidated(() => {
    collector?.stop();
    sender.stop();
  });
}
