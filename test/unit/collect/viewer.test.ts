import { browser } from 'wxt/browser';
import { ViewerRecorder, VIEWERS_KEY } from '../../../lib/collect/viewer';
import { xAdapter } from '../../../lib/networks/x';
import { linkedinAdapter } from '../../../lib/networks/linkedin';

const page = (html: string) =>
  new DOMParser().parseFromString(`<html lang="en"><body>${html}</body></html>`, 'text/html');
const xNav = (handle: string) =>
  `<nav role="navigation"><a data-testid="AppTabBar_Profile_Link" href="/${handle}">Profile</a></nav>`;

async function storedViewers(): Promise<unknown> {
  return (await browser.storage.local.get(VIEWERS_KEY))[VIEWERS_KEY];
}

describe('recording the logged-in account', () => {
  it('writes the account once, and not again while it is unchanged', async () => {
    const set = vi.spyOn(browser.storage.local, 'set');
    const doc = page(xNav('Camille_CM'));
    const recorder = new ViewerRecorder({
      adapter: xAdapter,
      doc,
      storage: browser.storage.local,
      now: () => '2026-06-30T12:00:00.000Z',
    });
    await recorder.check();
    await recorder.check();
    expect(await storedViewers()).toEqual({
      x: { handle: 'camille_cm', seenAt: '2026-06-30T12:00:00.000Z' },
    });
    expect(set).toHaveBeenCalledTimes(1);

    // A new page load (a new recorder) that sees the same account leaves storage alone too.
    await new ViewerRecorder({ adapter: xAdapter, doc, storage: browser.storage.local }).check();
    expect(set).toHaveBeenCalledTimes(1);

    // Logged in as someone else: recorded, keeping the other networks' entries.
    await browser.storage.local.set({
      [VIEWERS_KEY]: { ...((await storedViewers()) as object), linkedin: { handle: 'ana', seenAt: 'x' } },
    });
    doc.body.innerHTML = xNav('other_one');
    await recorder.check();
    expect(await storedViewers()).toMatchObject({
      x: { handle: 'other_one' },
      linkedin: { handle: 'ana' },
    });
  });

  it('writes nothing when the page does not show the account, or the adapter cannot tell', async () => {
    const set = vi.spyOn(browser.storage.local, 'set');
    await new ViewerRecorder({
      adapter: xAdapter,
      doc: page('<main>no nav</main>'),
      storage: browser.storage.local,
    }).check();
    const { readViewer: _none, ...withoutViewer } = linkedinAdapter;
    await new ViewerRecorder({
      adapter: withoutViewer,
      doc: page(xNav('a')),
      storage: browser.storage.local,
    }).check();
    expect(set).not.toHaveBeenCalled();
    expect(await storedViewers()).toBeUndefined();
  });

  it('replaces a malformed stored value instead of failing', async () => {
    await browser.storage.local.set({ [VIEWERS_KEY]: ['junk'] });
    await new ViewerRecorder({
      adapter: xAdapter,
      doc: page(xNav('acme')),
      storage: browser.storage.local,
      now: () => '2026-06-30T12:00:00.000Z',
    }).check();
    expect(await storedViewers()).toEqual({ x: { handle: 'acme', seenAt: '2026-06-30T12:00:00.000Z' } });
  });
});
