import { BadgeOverlay, BADGE_TAG, isBadgeNode } from '../../../lib/collect/badges';
import { samplePostBadge } from '../../helpers/badges';
import { BadgeFormatter } from '../../../lib/badges/format';
import type { BadgeChip, BadgeRequest, PostBadge } from '../../../lib/model/messages';
import type { PostRead } from '../../../lib/networks/types';

const exact = (n: number) => ({ value: n, raw: String(n), min: n, max: n });

function postRead(overrides: Partial<PostRead> = {}): PostRead {
  return {
    kind: 'post',
    network: 'x',
    postId: '1',
    url: 'https://x.com/a/status/1',
    author: 'a',
    hashtags: [],
    mentions: [],
    metrics: { likes: exact(553), comments: exact(48), shares: exact(152), views: exact(30142) },
    ...overrides,
  };
}

const figures: PostBadge = samplePostBadge();
/** What the background sends for `figures`, in French. */
const chip = new BadgeFormatter('fr', 'fr-FR').post(figures) as BadgeChip;

function setup(answer: (req: BadgeRequest) => unknown) {
  document.body.replaceChildren();
  const article = document.createElement('article');
  article.textContent = 'the post';
  document.body.append(article);
  const requests: BadgeRequest[] = [];
  const overlay = new BadgeOverlay({
    network: 'x',
    doc: document,
    display: () => ({ language: 'fr', locale: 'fr-FR' }),
    request: async (m) => {
      requests.push(m);
      return answer(m);
    },
  });
  return { article, overlay, requests };
}

const shadowText = (el: Element) => el.querySelector(BADGE_TAG)?.shadowRoot?.textContent ?? null;

describe('BadgeOverlay', () => {
  it('shows the chip the background wrote, in a shadow root, without touching the post', async () => {
    const { article, overlay, requests } = setup(() => ({
      ok: true,
      posts: [{ postId: '1', chip }],
      profiles: [],
    }));
    await overlay.update([{ read: postRead(), element: article }]);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.display).toEqual({ language: 'fr', locale: 'fr-FR' });
    const text = shadowText(article) ?? '';
    expect(text).toContain('Engagement 2,5');
    expect(text).toContain('×1,8 méd.');
    const badge = article.querySelector(BADGE_TAG)?.shadowRoot?.querySelector('.badge');
    expect(badge?.getAttribute('title')).toContain('÷ vues × 100');
    expect(badge?.getAttribute('aria-label')).toContain('Engagement 2,5');
    expect(badge?.querySelector('.up')?.textContent).toBe('×1,8 méd.');
    // The site's own text is untouched and the host takes no room.
    expect(article.textContent).toBe('the post');
    expect((article.querySelector(BADGE_TAG) as HTMLElement).style.position).toBe('absolute');
  });

  it('drops a malformed answer instead of showing a wrong figure', async () => {
    const { article, overlay } = setup(() => ({
      ok: true,
      posts: [
        { postId: '1', chip: { ...chip, parts: [{ text: 'x', tone: 'evil' }] } },
        { postId: '1', chip: { label: 1, tooltip: '', parts: [] } },
        { postId: '1', chip: { ...chip, parts: Array.from({ length: 9 }, () => ({ text: 'x', tone: '' })) } },
      ],
      profiles: [],
    }));
    await overlay.update([{ read: postRead(), element: article }]);
    expect(article.querySelector(BADGE_TAG)).toBeNull();
  });

  it('sets hostile text as text, never as markup', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { article, overlay } = setup(() => ({
      ok: true,
      posts: [],
      profiles: [{ handle: evil, chip: { label: evil, tooltip: evil, parts: [{ text: evil, tone: 'up' }] } }],
    }));
    await overlay.update([
      {
        read: { kind: 'profile', network: 'x', handle: evil, metrics: { followers: exact(10) } },
        element: article,
      },
    ]);
    const root = article.querySelector(BADGE_TAG)?.shadowRoot;
    expect(root?.querySelector('img')).toBeNull();
    expect(root?.textContent).toContain(evil);
  });

  it('does not touch the page again when the same badge is asked for twice', async () => {
    const { article, overlay } = setup(() => ({ ok: true, posts: [{ postId: '1', chip }], profiles: [] }));
    await overlay.update([{ read: postRead(), element: article }]);
    const host = article.querySelector(BADGE_TAG);
    await overlay.update([{ read: postRead(), element: article }]);
    expect(article.querySelector(BADGE_TAG)).toBe(host);
    expect(article.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    expect(isBadgeNode(host as Element)).toBe(true);
  });

  it('removes every badge when switched off', async () => {
    const { article, overlay } = setup(() => ({ ok: true, posts: [{ postId: '1', chip }], profiles: [] }));
    await overlay.update([{ read: postRead(), element: article }]);
    overlay.setEnabled(false);
    expect(document.querySelector(BADGE_TAG)).toBeNull();
  });
});

describe('BadgeOverlay with the readings’ acknowledgement', () => {
  it('puts the badges of a stored batch on the posts it tracked, without another request', () => {
    const { article, overlay, requests } = setup(() => ({ ok: true, posts: [], profiles: [] }));
    overlay.track([{ read: postRead(), element: article, sent: true }]);
    expect(requests).toHaveLength(0);
    overlay.showAnswer({ posts: [{ postId: '1', chip }], profiles: [] });
    expect(shadowText(article)).toContain('Engagement 2,5');
  });

  it('forgets a post once its answer came: nothing waits for an answer forever', () => {
    const { article, overlay } = setup(() => ({ ok: true, posts: [], profiles: [] }));
    overlay.track([{ read: postRead(), element: article, sent: true }]);
    overlay.showAnswer({ posts: [{ postId: '1', chip }], profiles: [] }, ['p:1']);
    article.querySelector(BADGE_TAG)?.remove();
    overlay.showAnswer({ posts: [{ postId: '1', chip }], profiles: [] });
    expect(article.querySelector(BADGE_TAG)).toBeNull();
  });

  it('asks only for unchanged posts that have no badge yet (a recycled cell)', async () => {
    const { article, overlay, requests } = setup(() => ({
      ok: true,
      posts: [{ postId: '1', chip }],
      profiles: [],
    }));
    overlay.track([{ read: postRead(), element: article, sent: false }]);
    await vi.waitFor(() => expect(shadowText(article)).toContain('Engagement 2,5'));
    expect(requests).toHaveLength(1);
    overlay.track([{ read: postRead(), element: article, sent: false }]);
    expect(requests).toHaveLength(1);
  });

  it('a recycled cell now showing another post loses the old post’s badge at once', async () => {
    const { article, overlay } = setup(() => ({ ok: true, posts: [], profiles: [] }));
    overlay.track([{ read: postRead(), element: article, sent: true }]);
    overlay.showAnswer({ posts: [{ postId: '1', chip }], profiles: [] }, ['p:1']);
    expect(shadowText(article)).toContain('Engagement 2,5');
    // The same element now holds post 2, whose figures were already sent earlier (unchanged).
    overlay.track([{ read: postRead({ postId: '2' }), element: article, sent: false }]);
    expect(article.querySelector(BADGE_TAG)).toBeNull();
  });

  it('forgets every post of an acknowledged batch, with a chip or with nothing to say', () => {
    const { article, overlay } = setup(() => ({ ok: true, posts: [], profiles: [] }));
    overlay.track([{ read: postRead(), element: article, sent: true }]);
    overlay.showAnswer({ posts: [], profiles: [] }, ['p:1']);
    // A late chip for it (another batch's answer) finds nothing waiting.
    overlay.showAnswer({ posts: [{ postId: '1', chip }], profiles: [] });
    expect(article.querySelector(BADGE_TAG)).toBeNull();
  });

  it('shows nothing for a malformed acknowledgement or a post it does not know', () => {
    const { article, overlay } = setup(() => ({ ok: true, posts: [], profiles: [] }));
    overlay.track([{ read: postRead(), element: article, sent: true }]);
    overlay.showAnswer({ posts: [{ postId: '1', chip: { ...chip, tooltip: 42 } }] });
    overlay.showAnswer('nonsense');
    overlay.showAnswer({ posts: [{ postId: '2', chip }], profiles: [] });
    expect(article.querySelector(BADGE_TAG)).toBeNull();
  });

  it('runs its DOM changes through the given mutate hook', () => {
    const { article } = setup(() => ({ ok: true, posts: [], profiles: [] }));
    let wrapped = 0;
    const overlay = new BadgeOverlay({
      network: 'x',
      doc: document,
      display: () => ({ language: 'en', locale: 'en-US' }),
      request: async () => ({ ok: true, posts: [], profiles: [] }),
      mutate: (fn) => {
        wrapped++;
        fn();
      },
    });
    overlay.track([{ read: postRead(), element: article, sent: true }]);
    overlay.showAnswer({ posts: [{ postId: '1', chip }], profiles: [] });
    expect(wrapped).toBe(1);
    expect(shadowText(article)).toContain('Engagement 2,5');
  });
});
