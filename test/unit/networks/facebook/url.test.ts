import { describe, expect, it } from 'vitest';
import {
  addressViaUrl,
  fastAddress,
  handleFromProfileUrl,
  parsePostUrl,
  stripTrackingParams,
} from '../../../../lib/networks/facebook/url';

const FB = 'https://www.facebook.com';
const PFBID = 'pfbid02xYzAbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGhIjKlMnOl';

describe('post URLs', () => {
  it.each([
    [`${FB}/lemonde/posts/${PFBID}?__cft__[0]=AZX&__tn__=%2CO%2CP-R`, PFBID, `${FB}/lemonde/posts/${PFBID}`],
    [`${FB}/lemonde/posts/1234567890/`, '1234567890', `${FB}/lemonde/posts/1234567890`],
    [
      `https://m.facebook.com/permalink.php?story_fbid=${PFBID}&id=100085028081932&ref=notif`,
      PFBID,
      `${FB}/permalink.php?story_fbid=${PFBID}&id=100085028081932`,
    ],
    [
      `${FB}/story.php?story_fbid=987654321&id=123&__xts__[0]=68.ARB`,
      '987654321',
      `${FB}/permalink.php?story_fbid=987654321&id=123`,
    ],
    [
      `${FB}/groups/communitymanagers/posts/1234567890123456/?__cft__[0]=AZ&__tn__=%2CO`,
      '1234567890123456',
      `${FB}/groups/communitymanagers/posts/1234567890123456`,
    ],
    [
      `${FB}/groups/123456/permalink/2345678901234567/`,
      '2345678901234567',
      `${FB}/groups/123456/permalink/2345678901234567`,
    ],
    [
      `${FB}/reel/1234567890123456/?s=single_unit&__cft__[0]=AZ`,
      '1234567890123456',
      `${FB}/reel/1234567890123456`,
    ],
    [`${FB}/watch/?v=2345678901234567&ref=sharing`, '2345678901234567', `${FB}/watch/?v=2345678901234567`],
    [
      `${FB}/techtalksdaily/videos/how-we-ship/1098765432109876/`,
      '1098765432109876',
      `${FB}/techtalksdaily/videos/1098765432109876`,
    ],
    [
      `${FB}/photo/?fbid=288439180667016&set=a.117960581048211&__tn__=%2CO*F`,
      '288439180667016',
      `${FB}/photo/?fbid=288439180667016`,
    ],
    [
      `${FB}/photo.php?fbid=288439180667016&set=a.1&type=3`,
      '288439180667016',
      `${FB}/photo/?fbid=288439180667016`,
    ],
    [`/lemonde/posts/${PFBID}`, PFBID, `${FB}/lemonde/posts/${PFBID}`],
  ])('%s names post %s', (href, postId, url) => {
    expect(parsePostUrl(href)).toMatchObject({ postId, url });
  });

  it.each([
    '#',
    '',
    `${FB}/lemonde`,
    `${FB}/profile.php?id=100085028081932&sk=followers`,
    `${FB}/hashtag/kpi?__eep__=6`,
    `${FB}/groups/communitymanagers/`,
    'https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com',
    'https://example.com/lemonde/posts/123',
    'javascript:alert(1)',
    `${FB}/watch/?v=notanid`,
  ])('%s names no post', (href) => {
    expect(parsePostUrl(href)).toBeNull();
  });

  it('prefers a story link over a photo link by kind', () => {
    expect(parsePostUrl(`${FB}/lemonde/posts/123`)?.kind).toBe('story');
    expect(parsePostUrl(`${FB}/reel/123`)?.kind).toBe('video');
    expect(parsePostUrl(`${FB}/photo/?fbid=123`)?.kind).toBe('photo');
  });
});

describe('stripTrackingParams', () => {
  it('drops __cft__, __tn__, __xts__, __eep__ and referral parameters, keeps what names the page', () => {
    const stripped = stripTrackingParams(
      `${FB}/profile.php?id=100085028081932&sk=followers&__cft__[0]=AZWHUta0&__tn__=-UC*F&__xts__[0]=68&__eep__=6&ref=bookmarks&mibextid=Zxz2cZ#top`,
    );
    expect(stripped).toBe(`${FB}/profile.php?id=100085028081932&sk=followers`);
  });

  it('leaves other sites alone', () => {
    expect(stripTrackingParams('https://example.com/?__cft__=1')).toBe('https://example.com/?__cft__=1');
  });
});

describe('handleFromProfileUrl', () => {
  it.each([
    [`${FB}/Grace.Hopper.906?__cft__[0]=AZ&__tn__=-]K-R`, 'grace.hopper.906'],
    [`${FB}/profile.php?id=100085028081932&__cft__[0]=AZ`, '100085028081932'],
    [`${FB}/groups/communitymanagers/user/100012345678901/?__cft__[0]=AZ`, '100012345678901'],
    [`${FB}/people/Jane-Doe/100071234567890/`, '100071234567890'],
    [`${FB}/boulangerie.martin/followers/`, 'boulangerie.martin'],
  ])('%s is %s', (href, handle) => {
    expect(handleFromProfileUrl(href)).toBe(handle);
  });

  it.each([
    `${FB}/hashtag/kpi`,
    `${FB}/lemonde/posts/123`,
    `${FB}/groups/communitymanagers/`,
    `${FB}/watch/?v=1`,
    '#',
  ])('%s is no profile', (href) => {
    expect(handleFromProfileUrl(href)).toBeNull();
  });
});

describe('the plain-link fast path', () => {
  it('reads every address as URL parsing does, or leaves it to URL', () => {
    const bits = [
      '/',
      '//',
      '?',
      '&',
      '=',
      '#',
      '%',
      '%2e',
      '.',
      '..',
      ' ',
      '\t',
      '\n',
      '\\',
      '+',
      '%31',
      '%zz',
    ];
    bits.push(
      '%ED%A0%80',
      'id',
      'story_fbid',
      'v',
      'fbid',
      'é',
      '[0]',
      "'",
      '"',
      '<',
      '|',
      ':',
      '@',
      'groups',
    );
    bits.push(
      'posts',
      'reel',
      'watch',
      'photo',
      'photo.php',
      'profile.php',
      'people',
      'videos',
      '123',
      'lemonde',
    );
    bits.push(
      FB,
      'https://m.facebook.com',
      'HTTPS://www.facebook.com',
      `${FB}:443`,
      'http://www.facebook.com',
    );
    bits.push('%69d', 'story%5Ffbid', '\u0000', '\u00a0', PFBID);
    let seed = 7;
    const pick = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const names = ['id', 'story_fbid', 'v', 'fbid', '__cft__[0]'];
    let fast = 0;
    const wrong: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      let href = pick(2) ? FB : '';
      for (let j = 1 + pick(8); j > 0; j--) href += bits[pick(bits.length)] ?? '';
      const quick = fastAddress(href);
      if (!quick) continue;
      fast++;
      const slow = addressViaUrl(href);
      const a = JSON.stringify([quick.parts, names.map((n) => quick.param(n))]);
      const b = JSON.stringify([slow?.parts, names.map((n) => slow?.param(n))]);
      if (a !== b) wrong.push(`${JSON.stringify(href)}: ${a} ≠ ${b}`);
    }
    expect(fast).toBeGreaterThan(200);
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
