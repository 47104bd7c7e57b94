import { readXPost } from '../../../../lib/networks/x/read-post';
import { visibleText } from '../../../../lib/networks/x/reading';
import { HASHTAG_LINK, MENTION_LINK } from '../../../../lib/networks/x/selectors';

/**
 * The reader looks at the first time, group and `[dir]` of a post and lists the others only when
 * the first is not the one it needs: these are the posts where it is not.
 */
const ctx = (misses: string[] = []) => ({
  locale: 'en',
  url: new URL('https://x.com/home'),
  miss: (hook: string) => void misses.push(hook),
});

function post({
  names,
  times,
  groups,
  text = '',
}: {
  names: string;
  times: string;
  groups: string;
  text?: string;
}) {
  return new DOMParser().parseFromString(
    `<article data-testid="tweet"><div data-testid="User-Name">${names}${times}</div><div data-testid="tweetText">${text}</div>${groups}</article>`,
    'text/html',
  ).body.firstElementChild as Element;
}

const NAMES =
  '<a href="/Alice_A"><div dir="ltr"><span>Alice A</span></div></a><a href="/Alice_A"><div dir="ltr"><span>@Alice_A</span></div></a>';
const TIME =
  '<a href="/Alice_A/status/1991507365458871279"><time datetime="2025-11-20T14:02:11.000Z">Nov 20</time></a>';
const BAR = '<div role="group" aria-label="4 replies, 7 reposts, 89 likes, 2310 views"></div>';

describe('a post whose first match is not the one the reader needs', () => {
  it('reads the counts from the action bar, not from a poll drawn before it', () => {
    const misses: string[] = [];
    const read = readXPost(
      post({ names: NAMES, times: TIME, groups: `<div role="group" aria-label="Poll">…</div>${BAR}` }),
      ctx(misses),
    );
    expect(read?.metrics).toMatchObject({
      comments: { value: 4 },
      shares: { value: 7 },
      likes: { value: 89 },
      views: { value: 2310 },
      bookmarks: { value: 0 },
    });
    expect(misses).toEqual([]);
  });

  it('takes the action bar by its reply button when no group label states a figure', () => {
    const bar =
      '<div role="group"><button data-testid="reply" aria-label="48 Replies. Reply"></button></div>';
    const read = readXPost(
      post({ names: NAMES, times: TIME, groups: `<div role="group"></div>${bar}` }),
      ctx(),
    );
    expect(read?.metrics.comments).toMatchObject({ value: 48, min: 48, max: 48 });
  });

  it('dates the post by the first time that links to its status, skipping one that links elsewhere', () => {
    const other = '<a href="/i/lists"><time datetime="2020-01-01T00:00:00.000Z">Jan 1, 2020</time></a>';
    const read = readXPost(post({ names: NAMES, times: other + TIME, groups: BAR }), ctx());
    expect(read?.postId).toBe('1991507365458871279');
    expect(read?.publishedAt).toBe('2025-11-20T14:02:11.000Z');
  });

  it('keeps the first time when no time links to a status, and the id from another status link', () => {
    const misses: string[] = [];
    const lone = '<time datetime="2020-01-01T00:00:00.000Z">Jan 1, 2020</time>';
    const photo = '<a href="/Alice_A/status/1991507365458871279/photo/1">photo</a>';
    const read = readXPost(post({ names: NAMES, times: lone, groups: photo + BAR }), ctx(misses));
    expect(read?.postId).toBe('1991507365458871279');
    expect(read?.publishedAt).toBe('2020-01-01T00:00:00.000Z');
    expect(misses).toEqual(['x.post.timeLink']);
  });

  it('names the author from the next `[dir]` when the first holds only the "@handle" or is empty', () => {
    const names =
      '<div dir="ltr"></div><a href="/Alice_A"><div dir="ltr"><span>@Alice_A</span></div></a><div dir="ltr"><span>Alice </span><img alt="🌱"><span> A</span></div>';
    const read = readXPost(post({ names, times: TIME, groups: BAR }), ctx());
    expect(read?.author).toBe('alice_a');
    expect(read?.authorName).toBe('Alice 🌱 A');
  });
});

describe('the text a reader sees', () => {
  const el = (html: string) => {
    const div = document.createElement('div');
    div.innerHTML = html;
    return div;
  };

  it('is the same whether or not the element holds an emoji, a badge or a script (two ways of reading it)', () => {
    // Without any of those the text is read natively; with one, node by node.
    const plain = '<span>  City \n Bike <!-- note --></span><b>Lab </b>';
    expect(visibleText(el(plain))).toBe('City Bike Lab');
    expect(visibleText(el(`${plain}<img alt="">`))).toBe('City Bike Lab');
    expect(visibleText(el(`${plain}<svg><text>Verified</text></svg>`))).toBe('City Bike Lab');
    expect(visibleText(el(`${plain}<script>track()</script><style>b{}</style>`))).toBe('City Bike Lab');
    expect(visibleText(el(`${plain}<img alt="🚲">`))).toBe('City Bike Lab 🚲');
  });
});

describe('post text links', () => {
  it('are found by one query: every hashtag link is also a mention link', () => {
    const hrefs = ['/hashtag/AI?src=hashtag_click', '/hashtag/caf%C3%A9', '/hashtag/', '/hashtag/x/y'];
    for (const href of hrefs) {
      const link = document.createElement('a');
      link.setAttribute('href', href);
      expect(link.matches(HASHTAG_LINK)).toBe(true);
      expect(link.matches(MENTION_LINK)).toBe(true);
    }
  });
});
