/**
 * One small, fixed case for each reader bug the fuzz suites found (docs/RELIABILITY.md, "Found and
 * fixed"), so that each stays fixed whatever the seeds explore next.
 */
import { PostReadingSchema } from '../../../lib/model/messages';
import { facebookAdapter } from '../../../lib/networks/facebook';
import { instagramAdapter } from '../../../lib/networks/instagram';
import { linkedinAdapter } from '../../../lib/networks/linkedin';
import { handleFromHref } from '../../../lib/networks/linkedin/url';
import type { PostRead, ReadContext } from '../../../lib/networks/types';
import { xAdapter } from '../../../lib/networks/x';
import { parseCount } from '../../../lib/numbers/parse-count';

function page(body: string, lang = 'en'): Document {
  return new DOMParser().parseFromString(
    `<!DOCTYPE html><html lang="${lang}"><head></head><body>${body}</body></html>`,
    'text/html',
  );
}

function context(url: string, locale = 'en'): ReadContext & { misses: string[] } {
  const misses: string[] = [];
  return { locale, url: new URL(url), miss: (hook) => void misses.push(hook), misses };
}

const accepted = (read: PostRead | null) =>
  PostReadingSchema.safeParse({
    ...read,
    capturedAt: '2026-05-20T10:00:00.000Z',
    pageUrl: 'https://example.invalid/',
    locale: 'en',
    parserVersion: 1,
  }).success;

/** An X post as rendered in 2025 (trimmed), with room for a quote and the action bar's contents. */
function xPost({
  label,
  quote = '',
  buttons = '',
}: {
  label?: string;
  quote?: string;
  buttons?: string;
}): Element {
  const group = label === undefined ? '<div role="group">' : `<div role="group" aria-label="${label}">`;
  return page(
    `<article data-testid="tweet" tabindex="0"><div data-testid="User-Name"><a href="/Alice_A"><div dir="ltr"><span>Alice A</span></div></a><a href="/Alice_A"><div dir="ltr"><span>@Alice_A</span></div></a><a href="/Alice_A/status/1991507365458871279"><time datetime="2025-11-20T14:02:11.000Z">Nov 20</time></a></div><div data-testid="tweetText"><span>Outer text #Outer</span></div>${quote}${group}${buttons}</div></article>`,
  ).querySelector('article') as Element;
}

describe('parseCount', () => {
  it('skips a malformed figure whole instead of reading its tail as a count of its own', () => {
    // "4٫7٫7٬0 ألف" once read as "0 ألف": 0 to 999 followers.
    expect(parseCount('٤٫7٫7٬0 ألف المتابعون', 'ar')).toBeNull();
    expect(parseCount("1.2.3'45 likes", 'en')).toBeNull();
    // A well-formed figure that stops before a separator is still read: "1 23" is 1.
    expect(parseCount('1 23', 'fr')?.value).toBe(1);
  });
});

describe('X', () => {
  const ctx = () => context('https://x.com/home');

  it('keeps a quote without its role="link" container out of the outer post (tags, mentions)', () => {
    const quote =
      '<div><div><div data-testid="User-Name"><div dir="ltr"><span>Bob</span></div><div dir="ltr"><span>@bob</span></div></div><div data-testid="tweetText"><span>#Inner by </span><a href="/carol">@carol</a></div></div></div>';
    const read = xAdapter.readPost(xPost({ label: '3 likes', quote }), ctx());
    expect(read).toMatchObject({ postId: '1991507365458871279', hashtags: ['Outer'], mentions: [] });
  });

  it('never reads a quoted post’s visible figure nested in a button as the button’s own', () => {
    const buttons =
      '<button data-testid="like" aria-label="Like"><div role="link" tabindex="0"><div data-testid="User-Name"><span>@bob</span></div><span data-testid="app-text-transition-container">987.6K</span></div></button>';
    const read = xAdapter.readPost(xPost({ buttons }), ctx());
    expect(read?.metrics.likes).toBeUndefined();
  });

  it('leaves a figure beyond what a reading may hold unknown, so the batch is not refused', () => {
    const read = xAdapter.readPost(xPost({ label: '99999999999999 likes, 3 replies' }), ctx());
    expect(read?.metrics.likes).toBeUndefined();
    expect(read?.metrics.comments?.value).toBe(3);
    expect(accepted(read)).toBe(true);
  });
});

describe('Instagram', () => {
  const post = (inner: string) =>
    page(`<article>${inner}<section><span role="button">Like</span></section></article>`).querySelector(
      'article',
    ) as Element;

  it('takes neither a commenter for the author nor a comment’s likers for the post’s likes', () => {
    const root = post(`<ul><li><a href="/commenter/"><span>commenter</span></a>
        <a href="/p/Cabcdef1234/c/17900000000000000/liked_by/">987 likes</a></li></ul>
      <a href="/p/Cabcdef1234/"><time datetime="2026-05-01T10:00:00.000Z">1d</time></a>`);
    const read = instagramAdapter.readPost(root, context('https://www.instagram.com/'));
    expect(read?.postId).toBe('Cabcdef1234');
    expect(read?.author).toBeUndefined();
    expect(read?.metrics.likes).toBeUndefined();
  });

  it('leaves "Liked by x and 10000000000000 others" unknown rather than past the schema’s ceiling', () => {
    const root = post(`<a href="/owner/"><span>owner</span></a>
      <a href="/p/Cabcdef1234/"><time datetime="2026-05-01T10:00:00.000Z">1d</time></a>
      <section><span>Liked by <a href="/friend/">friend</a> and <a href="/p/Cabcdef1234/liked_by/">10000000000000 others</a></span></section>`);
    const read = instagramAdapter.readPost(root, context('https://www.instagram.com/'));
    expect(read?.metrics.likes).toBeUndefined();
    expect(accepted(read)).toBe(true);
  });
});

describe('Facebook', () => {
  /** A fully rendered Comet feed unit, its footer and message given. */
  const unit = (message: string, footer: string, author = 'Northwind Coffee') =>
    `<div role="feed"><div aria-posinset="1"><div data-ad-rendering-role="profile_name"><h3><a href="https://www.facebook.com/northwindcoffee">${author}</a></h3></div>
      <a href="https://www.facebook.com/northwindcoffee/posts/pfbid0abc123">2h</a>
      <div data-ad-rendering-role="story_message"><div dir="auto">${message}</div></div>
      ${footer}
      <div data-ad-rendering-role="like_button">Like</div><div data-ad-rendering-role="comment_button">Comment</div>
      <div data-ad-rendering-role="share_button">Share</div></div></div>`;
  const readUnit = (doc: Document, locale = 'en') =>
    facebookAdapter.readPost(
      doc.querySelector('[aria-posinset]') as Element,
      context('https://www.facebook.com/', locale),
    );

  it('takes no tag or mention from a comment nested inside the post’s text', () => {
    const doc = page(
      unit(
        '#Own <div role="article" aria-label="Comment by Sam"><a href="https://www.facebook.com/sam.leak">Sam</a> #Leak</div>',
        '<div role="button"><span>12 comments</span></div>',
      ),
    );
    const read = readUnit(doc);
    expect(read?.hashtags).toEqual(['Own']);
    expect(read?.mentions).toEqual([]);
  });

  it('leaves out an author name longer than a name can be', () => {
    const read = readUnit(page(unit('Hello', '', 'N'.repeat(600))));
    expect(read?.author).toBe('northwindcoffee');
    expect(read?.authorName).toBeUndefined();
    expect(accepted(read)).toBe(true);
  });

  it('writes no zero in a language whose footer words it does not know: "87 Kommentare" is not 0', () => {
    const read = readUnit(
      page(unit('Hallo', '<div role="button"><span>87 Kommentare</span></div>'), 'de'),
      'de',
    );
    expect(read?.metrics.comments).toBeUndefined();
    expect(read?.metrics.likes).toBeUndefined();
  });

  it('says which figure it missed when the footer is gone', () => {
    const doc = page(
      '<div role="feed"><div aria-posinset="1"><h3><a href="https://www.facebook.com/northwindcoffee">Northwind</a></h3><a href="https://www.facebook.com/northwindcoffee/posts/pfbid0abc123">2h</a><div data-ad-rendering-role="story_message">Hello</div></div></div>',
    );
    const ctx = context('https://www.facebook.com/');
    facebookAdapter.readPost(doc.querySelector('[aria-posinset]') as Element, ctx);
    expect(ctx.misses).toEqual(expect.arrayContaining(['facebook.post.likes', 'facebook.post.comments']));
  });

  it('says so when a header shows page likes only', () => {
    const doc = page(
      '<div role="main"><h1>Boulangerie</h1><a href="https://www.facebook.com/boulangerie/friends_likes/">4,7 k J’aime</a></div>',
      'fr',
    );
    const ctx = context('https://www.facebook.com/boulangerie', 'fr');
    expect(facebookAdapter.readProfile?.(doc.querySelector('[role="main"]') as Element, ctx)).toBeNull();
    expect(ctx.misses).toContain('facebook.profile.counts');
  });
});

describe('LinkedIn', () => {
  it('refuses a handle that decodes to spaces, bidi overrides, zero-width or markup characters', () => {
    for (const href of [
      'https://www.linkedin.com/in/evil%20name/',
      'https://www.linkedin.com/in/%E2%80%AEevil/',
      'https://www.linkedin.com/in/zero%E2%80%8Bwidth/',
      'https://www.linkedin.com/in/%3Cimg%3E/',
    ]) {
      expect(handleFromHref(href)).toBeNull();
    }
    expect(handleFromHref('https://www.linkedin.com/in/j%C3%A9r%C3%B4me-dupont/')).toBe('jérôme-dupont');
  });

  it('keeps as raw text the figure it read: an attribute of 0 beside a text of "2 Reactions" is raw "0"', () => {
    const doc = page(
      `<article data-activity-urn="urn:li:activity:7248246460041809920"><a href="https://www.linkedin.com/company/audiense">Audiense</a>
        <div class="main-feed-activity-card__social-actions"><a data-num-reactions="0">2 Reactions</a></div><button>Like</button></article>`,
    );
    const read = linkedinAdapter.readPost(
      doc.querySelector('article') as Element,
      context('https://www.linkedin.com/company/audiense/'),
    );
    expect(read?.metrics.likes).toEqual({ value: 0, raw: '0', min: 0, max: 0 });
  });

  it('names the connections hook on a member’s profile that shows none', () => {
    const doc = page(
      '<main><section class="artdeco-card" data-member-id="1"><h1>Julien</h1><ul><li>1 234 abonnés</li></ul></section></main>',
      'fr',
    );
    const ctx = context('https://www.linkedin.com/in/julien-lefevre-42/', 'fr');
    const read = linkedinAdapter.readProfile?.(doc.querySelector('section') as Element, ctx);
    expect(read?.metrics.followers?.value).toBe(1234);
    expect(ctx.misses).toContain('linkedin.profile.connections');
  });
});
