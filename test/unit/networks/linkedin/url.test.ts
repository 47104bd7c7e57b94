import {
  activityIdFromUrl,
  activityIdIn,
  handleFromHref,
  pageKind,
  pageOwner,
  publishedAtFromActivityId,
  snowflakeMs,
} from '../../../../lib/networks/linkedin/url';

const u = (s: string) => new URL(s);

describe('LinkedIn activity ids', () => {
  it('finds the id in every shape LinkedIn writes it', () => {
    const id = '7366738224129470464';
    for (const text of [
      `urn:li:activity:${id}`,
      `/feed/update/urn:li:activity:${id}/`,
      `https://www.linkedin.com/posts/audiense_tech-ai-startup-activity-${id}-pOe5`,
      `https://www.linkedin.com/signup?session_redirect=%2Ffeed%2Fupdate%2Furn%3Ali%3Aactivity%3A${id}`,
      `[{"breadcrumb":{"updateUrn":"urn:li:activity:${id}"}}]`,
    ]) {
      expect(activityIdIn(text)).toBe(id);
    }
    expect(activityIdIn('urn:li:ugcPost:7246579902655651840')).toBeNull();
    expect(activityIdIn('/in/someone/')).toBeNull();
  });

  it('dates an update from its id, not from "3h"', () => {
    expect(publishedAtFromActivityId('7366738224129470464')).toBe('2025-08-28T07:47:40.010Z');
    expect(publishedAtFromActivityId('7248246460041809920')).toBe('2024-10-05T08:23:41.981Z');
    // Too small to be a snowflake: no date rather than 1970.
    expect(publishedAtFromActivityId('123456789012345')).toBeUndefined();
  });
});

describe('LinkedIn URLs', () => {
  it('tells the pages apart', () => {
    expect(pageKind(u('https://www.linkedin.com/feed/'))).toBe('feed');
    expect(pageKind(u('https://www.linkedin.com/in/camille-durand-cm/recent-activity/all/'))).toBe(
      'recent-activity',
    );
    expect(pageKind(u('https://www.linkedin.com/company/contoso/posts/?feedView=all'))).toBe('company-posts');
    expect(pageKind(u('https://www.linkedin.com/feed/update/urn:li:activity:7366738224129470464/'))).toBe(
      'update',
    );
    expect(
      pageKind(u('https://www.linkedin.com/posts/audiense_tech-activity-7248246460041809920-pOe5')),
    ).toBe('update');
    expect(
      pageKind(u('https://www.linkedin.com/analytics/post-summary/urn:li:activity:7366738224129470464/')),
    ).toBe('post-analytics');
    expect(pageKind(u('https://www.linkedin.com/dashboard/'))).toBe('dashboard');
    expect(pageKind(u('https://www.linkedin.com/in/julien-lefevre-42/'))).toBe('profile');
    expect(pageKind(u('https://uk.linkedin.com/company/audiense'))).toBe('company');
    expect(pageKind(u('https://example.com/in/x/'))).toBe('other');
  });

  it('names the owner of a profile, company or activity page, lower-cased', () => {
    expect(pageOwner(u('https://www.linkedin.com/in/Julien-Lefevre-42/'))).toBe('julien-lefevre-42');
    expect(pageOwner(u('https://www.linkedin.com/company/audiense/posts/'))).toBe('audiense');
    expect(pageOwner(u('https://www.linkedin.com/feed/'))).toBeNull();
    expect(
      activityIdFromUrl(u('https://www.linkedin.com/feed/update/urn:li:activity:7366738224129470464/')),
    ).toBe('7366738224129470464');
  });

  it('reads handles from member and company links, tracking parameters and subdomains included', () => {
    expect(
      handleFromHref('https://www.linkedin.com/in/arjunvpaul?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACoAAB'),
    ).toBe('arjunvpaul');
    expect(handleFromHref('https://ca.linkedin.com/in/andrewjjenkins?trk=x')).toBe('andrewjjenkins');
    expect(handleFromHref('/company/Northwind-Traders/')).toBe('northwind-traders');
    expect(handleFromHref('/in/j%C3%A9r%C3%B4me-l/')).toBe('jérôme-l');
    expect(handleFromHref('https://evil.example/in/x/')).toBeNull();
    expect(handleFromHref('/feed/hashtag/?keywords=ai')).toBeNull();
  });
});

describe('LinkedIn fast paths agree with the slow paths', () => {
  it('reads the time of an id without BigInt, exactly', () => {
    const ids = ['100000000000000', '99999999999999999999', '7366738224129470464', '7248246460041809920'];
    let seed = 12345;
    const digit = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return String(seed % 10);
    };
    for (let n = 0; n < 2000; n++) {
      const length = 15 + (n % 6);
      let id = String(1 + (Number(digit()) % 9));
      while (id.length < length) id += digit();
      ids.push(id);
    }
    for (const id of ids) expect(snowflakeMs(id), id).toBe(Number(BigInt(id) >> 22n));
  });

  it('reads owner hrefs without URL parsing only when parsing would agree', () => {
    const hrefs = [
      '/in/jane-doe/',
      '/in/jane-doe',
      '/in/Jane_Doe-42?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACo',
      'https://www.linkedin.com/in/arjun/recent-activity/',
      'https://www.linkedin.com/company/northwind/posts?feedView=all#top',
      '/company/northwind/../../in/other/',
      '/in/jane/./x',
      '/in/%2e%2e/company/x',
      '/in/me/',
      '/in/admin',
      '/school/x\\..\\..\\in\\y',
      '/in/ja\tne/',
      '/in/ja\nne?x',
      'https://www.linkedin.com:443/in/x',
      'https://www.linkedin.com@evil.example/in/x',
      'https://WWW.LINKEDIN.COM/in/x',
      '//evil.example/in/x',
      '/IN/x',
      '/showcase/a-b_c/',
      '/in/x?next=/../company/y',
    ];
    // A leading space never takes the fast path, and URL parsing ignores it.
    for (const href of hrefs) expect(handleFromHref(href), href).toBe(handleFromHref(` ${href}`));
  });
});
