import {
  canonicalStatusUrl,
  handleFromProfileHref,
  statusRefFromHref,
  timeFromStatusId,
} from '../../../../lib/networks/x/url';

describe('X status links', () => {
  it('finds the author and id in the permalinks X writes', () => {
    expect(statusRefFromHref('/TestUser123/status/1981398750557065646')).toEqual({
      handle: 'TestUser123',
      id: '1981398750557065646',
    });
    expect(statusRefFromHref('/Kikobeats/status/1759241476758733209/analytics')?.id).toBe(
      '1759241476758733209',
    );
    expect(statusRefFromHref('/rauchg/status/1935417542534906135/photo/1')?.handle).toBe('rauchg');
    expect(statusRefFromHref('https://twitter.com/jack/status/20?s=20')).toEqual({
      handle: 'jack',
      id: '20',
    });
    expect(statusRefFromHref('https://mobile.x.com/a_b/statuses/123')).toEqual({ handle: 'a_b', id: '123' });
  });

  it('refuses links that are not a status of x.com', () => {
    expect(statusRefFromHref('/TestUser123')).toBeNull();
    expect(statusRefFromHref('/hashtag/status/1')).toBeNull();
    expect(statusRefFromHref('https://example.com/a/status/1')).toBeNull();
    expect(statusRefFromHref('https://t.co/xYHSw5Tm00')).toBeNull();
    expect(statusRefFromHref('')).toBeNull();
    expect(statusRefFromHref(null)).toBeNull();
  });

  it('writes the canonical permalink without query or fragment', () => {
    expect(canonicalStatusUrl('TestUser123', '1981398750557065646')).toBe(
      'https://x.com/TestUser123/status/1981398750557065646',
    );
  });

  it('reads the handle of a profile link, lower-cased', () => {
    expect(handleFromProfileHref('/Kikobeats/verified_followers')).toBe('kikobeats');
    expect(handleFromProfileHref('/i/flow/login')).toBeNull();
    expect(handleFromProfileHref('/hashtag/AI')).toBeNull();
  });
});

describe('time from a status id', () => {
  it('gives the second the real focused post was published', () => {
    // Its <time datetime> says 2025-10-23T16:34:09.000Z; the id carries the milliseconds too.
    const time = timeFromStatusId('1981398750557065646');
    expect(time?.slice(0, 19)).toBe('2025-10-23T16:34:09');
  });

  it('matches the <time> of every post of the real profile page', () => {
    expect(timeFromStatusId('1759241476758733209')?.slice(0, 19)).toBe('2024-02-18T15:40:27');
    expect(timeFromStatusId('1935738866390253649')?.slice(0, 19)).toBe('2025-06-19T16:38:04');
  });

  it('tells no time for pre-2010 sequential ids or garbage', () => {
    expect(timeFromStatusId('20')).toBeUndefined();
    expect(timeFromStatusId('29700859247')).toBeUndefined();
    expect(timeFromStatusId('12ab')).toBeUndefined();
  });
});
