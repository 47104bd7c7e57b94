import { linkedinAdapter } from '../../../../lib/networks/linkedin';
import { readPost } from '../../../../lib/networks/linkedin/read-post';
import { LINKEDIN_FIXTURES } from '../../../fixtures/linkedin/expectations';
import { contextFor, loadFixture, parseHtml } from './load';

const FEED = 'https://www.linkedin.com/feed/';

function rootOf(doc: Document, id: string): Element {
  const root = [...doc.querySelectorAll(linkedinAdapter.postSelector)].find((el) =>
    (
      el.closest('[data-id]')?.getAttribute('data-id') ??
      el.getAttribute('data-view-tracking-scope') ??
      ''
    ).includes(id),
  );
  if (!root) throw new Error(`no root for ${id}`);
  return root;
}

describe('LinkedIn update reader on real captures', () => {
  it('reads the Aug 2025 home-feed update: 150 likes, 13 comments, its id and the time the id encodes', () => {
    const doc = loadFixture(LINKEDIN_FIXTURES.realFeedPost.file);
    const ctx = contextFor(doc, FEED);
    const read = readPost(doc.querySelector('[data-view-name="feed-full-update"]') as Element, ctx);
    expect(read).toMatchObject({
      postId: '7366738224129470464',
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:7366738224129470464/',
      author: 'arjunvpaul',
      authorName: 'Arjun V Paul .',
      // BigInt(id) >> 22n = Unix ms; the page's "3h •" is not used.
      publishedAt: new Date(Number(BigInt('7366738224129470464') >> 22n)).toISOString(),
    });
    expect(read?.metrics.likes).toMatchObject({ value: 150, min: 150, max: 150, raw: '150 reactions' });
    expect(read?.metrics.comments).toMatchObject({ value: 13, min: 13, max: 13 });
    // No repost count is shown: unknown, not zero.
    expect(read?.metrics.shares).toBeUndefined();
  });

  it('reads the 2025 wrapper and the classic card inside it identically', () => {
    const doc = loadFixture(LINKEDIN_FIXTURES.realFeedPost.file);
    const ctx = contextFor(doc, FEED);
    const roots = [...doc.querySelectorAll(linkedinAdapter.postSelector)];
    expect(roots).toHaveLength(2);
    expect(readPost(roots[0] as Element, ctx)).toEqual(readPost(roots[1] as Element, ctx));
  });

  it('reads the logged-out company page: first update 33 likes, 2 comments', () => {
    const doc = loadFixture(LINKEDIN_FIXTURES.realCompanyGuest.file);
    const ctx = contextFor(doc, LINKEDIN_FIXTURES.realCompanyGuest.url);
    const first = readPost(doc.querySelector(linkedinAdapter.postSelector) as Element, ctx);
    expect(first?.postId).toBe('7248246460041809920');
    expect(first?.metrics.likes?.value).toBe(33);
    expect(first?.metrics.comments?.value).toBe(2);
    expect(first?.hashtags).toEqual(['tech', 'AI', 'Startup', 'SaaS']);
  });
});

describe('LinkedIn update reader on both live markups', () => {
  const classic = loadFixture(LINKEDIN_FIXTURES.feedClassicEn.file);
  const modern = loadFixture(LINKEDIN_FIXTURES.feed2026Fr.file);

  it('reads "2,948 reactions · 221 comments · 305 reposts" in the classic markup', () => {
    const read = readPost(rootOf(classic, '7531268963558582709'), contextFor(classic, FEED));
    expect(read?.metrics.likes?.value).toBe(2948);
    expect(read?.metrics.comments?.value).toBe(221);
    expect(read?.metrics.shares?.value).toBe(305);
  });

  it('reads the same figures in the French 2025–26 markup, with narrow no-break spaces', () => {
    const read = readPost(rootOf(modern, '7531247793561170199'), contextFor(modern, FEED));
    expect(read?.metrics.likes?.value).toBe(2948);
    expect(read?.metrics.comments).toMatchObject({ value: 221, raw: '221\u00a0commentaires' });
    expect(read?.metrics.shares?.value).toBe(305);
    expect(read?.hashtags).toEqual(['MarketingDigital', 'RéseauxSociaux']);
  });

  it('counts the named member in "Sophie Bernard et 211 autres personnes" (212)', () => {
    const doc = modern;
    const root = [...doc.querySelectorAll('[data-view-name="feed-full-update"]')].find((el) =>
      el.querySelector('a[href*="7530972780111541861"]'),
    ) as Element;
    expect(readPost(root, contextFor(doc, FEED))?.metrics.likes).toMatchObject({
      value: 212,
      min: 212,
      max: 212,
    });
  });

  it('takes the id from a /posts/…-activity-<id>- link when nothing else names it', () => {
    const root = [...modern.querySelectorAll('[data-view-name="feed-full-update"]')].find((el) =>
      el.querySelector('a[href*="/posts/"]'),
    ) as Element;
    expect(readPost(root, contextFor(modern, FEED))?.postId).toBe('7531087144766734102');
  });

  it('shows the owner their impressions as views', () => {
    const read = readPost(rootOf(classic, '7530237404917772455'), contextFor(classic, FEED));
    expect(read?.metrics.views).toMatchObject({ value: 1234, raw: '1,234 impressions' });
    const fr = readPost(rootOf(modern, '7529850820164731008'), contextFor(modern, FEED));
    expect(fr?.metrics.views?.value).toBe(1234);
  });

  it('reads a video’s plays in the classic counts row as views', () => {
    const doc = parseHtml(
      `<div class="feed-shared-update-v2" data-urn="urn:li:activity:7366738224129470464">
        <a class="update-components-actor__meta-link" href="/company/contoso/">Contoso</a>
        <div class="social-details-social-counts"><ul>
          <li class="social-details-social-counts__item social-details-social-counts__reactions"><button aria-label="96 reactions">96</button></li>
          <li class="social-details-social-counts__item"><span>12,480 views</span></li>
        </ul></div></div>`,
    );
    const read = readPost(doc.body.firstElementChild as Element, contextFor(doc, FEED));
    expect(read?.metrics).toMatchObject({ likes: { value: 96 }, views: { value: 12480 } });
    expect(read?.metrics.comments).toBeUndefined();
  });

  it('leaves every count unknown on an update nobody has reacted to yet', () => {
    const read = readPost(rootOf(classic, '7531265102646224358'), contextFor(classic, FEED));
    expect(read?.metrics).toEqual({});
  });
});

describe('LinkedIn reposts and shared updates', () => {
  const classic = loadFixture(LINKEDIN_FIXTURES.feedClassicEn.file);
  const modern = loadFixture(LINKEDIN_FIXTURES.feed2026Fr.file);

  it('reads only the outer update of a reshare: its counts, its author, not the original’s tags', () => {
    const read = readPost(rootOf(classic, '7530918935977494566'), contextFor(classic, FEED));
    expect(read).toMatchObject({
      postId: '7530918935977494566',
      author: 'lena-okafor-3b71a2',
      hashtags: ['Analytics'],
    });
    expect(read?.mentions).toEqual([]);
    expect(read?.metrics.likes?.value).toBe(18);
  });

  it('never takes the embedded original’s link for the outer update’s id', () => {
    const root = rootOf(modern, '7530310493557407381');
    root.removeAttribute('data-view-tracking-scope');
    // Without the outer update's own time link, only the embedded original's link names an update.
    for (const link of root.querySelectorAll('a[href*="7530310493557407381"]')) link.remove();
    const ctx = contextFor(modern, FEED);
    expect(readPost(root, ctx)).toBeNull();
    expect(ctx.misses).toContain('linkedin.post.id');
  });

  it('attributes a "reposted this" update to its author, not to who reposted it', () => {
    const read = readPost(rootOf(classic, '7530653339506041266'), contextFor(classic, FEED));
    expect(read?.author).toBe('marco-bianchi');
    const fr = readPost(rootOf(modern, '7530546354646214402'), contextFor(modern, FEED));
    expect(fr?.author).toBe('hugo-moreau');
  });
});

describe('LinkedIn update reader on what it cannot read', () => {
  it('returns null for an update LinkedIn emptied off screen, not zeros', () => {
    const doc = loadFixture(LINKEDIN_FIXTURES.feedClassicEn.file);
    const ctx = contextFor(doc, FEED);
    const shell = doc.querySelector('[data-urn="urn:li:activity:7529216933381677418"]') as Element;
    expect(readPost(shell, ctx)).toBeNull();
    expect(ctx.misses).toContain('linkedin.post.emptied');
  });

  it('returns null without throwing for markup it does not know', () => {
    const doc = parseHtml('<div class="x9f"><span>150 reactions</span><button>Like</button></div>');
    const ctx = contextFor(doc, FEED);
    expect(() => readPost(doc.body.firstElementChild as Element, ctx)).not.toThrow();
    expect(readPost(doc.body.firstElementChild as Element, ctx)).toBeNull();
  });

  it('returns null and reports the hook when the DOM itself throws', () => {
    const doc = parseHtml('<div data-view-name="feed-full-update"></div>');
    const root = doc.body.firstElementChild as Element;
    root.querySelectorAll = () => {
      throw new Error('detached');
    };
    const ctx = contextFor(doc, FEED);
    expect(readPost(root, ctx)).toBeNull();
    expect(ctx.misses).toContain('linkedin.readPost');
  });

  it('ignores links in comments when finding a single update page’s id', () => {
    const fixture = LINKEDIN_FIXTURES.updatePageEn;
    const doc = loadFixture(fixture.file);
    const read = readPost(
      doc.querySelector(linkedinAdapter.postSelector) as Element,
      contextFor(doc, fixture.url),
    );
    expect(read?.postId).toBe('7528444012138434080');
    expect(read?.hashtags).toEqual(['SocialMedia']);
    expect(read?.mentions).toEqual(['northwind-traders']);
  });

  it('does not guess an id from the URL for an update that is not the page’s own', () => {
    const fixture = LINKEDIN_FIXTURES.updatePageEn;
    const doc = loadFixture(fixture.file);
    const main = doc.querySelector('main') as Element;
    const other = doc.createElement('div');
    other.setAttribute('data-view-name', 'feed-full-update');
    other.innerHTML = '<a data-view-name="feed-actor-image" href="/in/someone/"></a><button>Like</button>';
    main.append(other);
    expect(readPost(other, contextFor(doc, fixture.url))).toBeNull();
  });
});

describe('LinkedIn selector lists', () => {
  it('split into their alternatives at ", " (the reader queries each alternative alone)', async () => {
    const selectors = await import('../../../../lib/networks/linkedin/selectors');
    const lists: string[] = [];
    for (const value of Object.values(selectors)) {
      if (typeof value === 'string') lists.push(value);
      else if (Array.isArray(value))
        for (const item of value as unknown[])
          if (item && typeof item === 'object' && 'selector' in item) lists.push(String(item.selector));
    }
    const doc = parseHtml('<div></div>');
    for (const list of lists) {
      for (const alternative of list.split(', ')) {
        expect(alternative, list).not.toMatch(/,/);
        expect(() => doc.querySelector(alternative), alternative).not.toThrow();
      }
    }
  });

  it('reads the same whether a post nests reshares and comments or not', () => {
    // Hooks inside a reshare or a comment are not the post's; the root's own hooks are.
    const doc = parseHtml(`
      <div class="feed-shared-update-v2" data-urn="urn:li:activity:7366738224129470464">
        <a class="update-components-actor__meta-link" href="/in/outer-author/">Outer</a>
        <div class="feed-shared-update-v2__update-content-wrapper">
          <a class="update-components-actor__meta-link" href="/in/inner-author/">Inner</a>
          <button data-reaction-details aria-label="999 reactions">999</button>
        </div>
        <button data-reaction-details aria-label="12 reactions">12</button>
        <div class="comments-comments-list">
          <a class="update-components-actor__meta-link" href="/in/commenter/">C</a>
          <div class="update-components-text"><a href="/in/mentioned-in-comment/">M</a></div>
        </div>
      </div>`);
    const root = doc.querySelector('.feed-shared-update-v2');
    if (!root) throw new Error('no root');
    const read = readPost(root, contextFor(doc, FEED));
    expect(read?.author).toBe('outer-author');
    expect(read?.metrics.likes?.value).toBe(12);
    expect(read?.mentions).toEqual([]);
  });
});
