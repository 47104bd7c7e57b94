import { BadgeOverlay, BADGE_TAG, isBadgeNode } from '../../../lib/collect/badges';
import type { BadgeRequest } from '../../../lib/model/messages';
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

function setup(answer: (req: BadgeRequest) => unknown, language: 'fr' | 'en' = 'fr') {
  document.body.replaceChildren();
  const article = document.createElement('article');
  article.textContent = 'the post';
  document.body.append(article);
  const requests: BadgeRequest[] = [];
  const overlay = new BadgeOverlay({
    network: 'x',
    doc: document,
    language,
    locale: language === 'fr' ? 'fr-FR' : 'en-US',
    request: async (m) => {
      requests.push(m);
      return answer(m);
    },
  });
  return { article, overlay, requests };
}

const shadowText = (el: Element) => el.querySelector(BADGE_TAG)?.shadowRoot?.textContent ?? null;

describe('BadgeOverlay', () => {
  it('shows the engagement rate and the comparison in a shadow root, in French', async () => {
    const { article, overlay, requests } = setup(() => ({
      ok: true,
      posts: [
        {
          postId: '1',
          own: false,
          engagement: {
            basis: 'views',
            rate: { value: 2.5, min: 2.5, max: 2.5 },
            interactions: exact(753),
            denominator: exact(30142),
          },
          versusMedian: { ratio: 1.8, median: 1.4, posts: 30 },
        },
      ],
      profiles: [],
    }));
    await overlay.update([{ read: postRead(), element: article }]);
    expect(requests).toHaveLength(1);
    const text = shadowText(article) ?? '';
    expect(text).toContain('Engagement 2,5');
    expect(text).toContain('×1,8 méd.');
    const chip = article.querySelector(BADGE_TAG)?.shadowRoot?.querySelector('.badge');
    expect(chip?.getAttribute('title')).toContain('÷ vues × 100');
    expect(chip?.getAttribute('title')).toContain('×1,8 la médiane de ses 30 dernières publications');
    // The site's own text is untouched and the host takes no room.
    expect(article.textContent).toBe('the post');
    expect((article.querySelector(BADGE_TAG) as HTMLElement).style.position).toBe('absolute');
  });

  it('shows nothing when there is nothing true to say', async () => {
    const { article, overlay } = setup(() => ({
      ok: true,
      posts: [{ postId: '1', own: false }],
      profiles: [],
    }));
    await overlay.update([{ read: postRead(), element: article }]);
    expect(article.querySelector(BADGE_TAG)).toBeNull();
  });

  it('drops a malformed answer instead of showing a wrong figure', async () => {
    const { article, overlay } = setup(() => ({
      ok: true,
      posts: [{ postId: '1', own: false, engagement: { basis: 'views', rate: { value: 'NaN' } } }],
      profiles: [],
    }));
    await overlay.update([{ read: postRead(), element: article }]);
    expect(article.querySelector(BADGE_TAG)).toBeNull();
  });

  it('sets hostile text as text, never as markup', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { article, overlay } = setup(
      () => ({
        ok: true,
        posts: [],
        profiles: [{ handle: evil, own: true, sinceFirst: { change: 12, at: '2026-11-01T00:00:00.000Z' } }],
      }),
      'en',
    );
    await overlay.update([
      {
        read: { kind: 'profile', network: 'x', handle: evil, metrics: { followers: exact(10) } },
        element: article,
      },
    ]);
    const root = article.querySelector(BADGE_TAG)?.shadowRoot;
    expect(root?.querySelector('img')).toBeNull();
    expect(root?.textContent).toContain('+12 followers since your first visit');
  });

  it('does not touch the page again when the same badge is asked for twice', async () => {
    const answer = () => ({ ok: true, posts: [{ postId: '1', own: true }], profiles: [] });
    const { article, overlay } = setup(answer);
    await overlay.update([{ read: postRead(), element: article }]);
    const host = article.querySelector(BADGE_TAG);
    await overlay.update([{ read: postRead(), element: article }]);
    expect(article.querySelector(BADGE_TAG)).toBe(host);
    expect(article.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    expect(isBadgeNode(host as Element)).toBe(true);
  });

  it('removes every badge when switched off', async () => {
    const { article, overlay } = setup(() => ({
      ok: true,
      posts: [{ postId: '1', own: true }],
      profiles: [],
    }));
    await overlay.update([{ read: postRead(), element: article }]);
    overlay.setEnabled(false);
    expect(document.querySelector(BADGE_TAG)).toBeNull();
  });
});
