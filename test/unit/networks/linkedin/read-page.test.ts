import { readPage } from '../../../../lib/networks/linkedin/read-page';
import { LINKEDIN_FIXTURES } from '../../../fixtures/linkedin/expectations';
import { contextFor, loadFixture, parseHtml } from './load';

describe('LinkedIn post analytics page', () => {
  it('reads 1,842 impressions, 1,107 members reached and the engagement counts (English)', () => {
    const fixture = LINKEDIN_FIXTURES.postAnalyticsEn;
    const doc = loadFixture(fixture.file);
    const [read] = readPage(doc, contextFor(doc, fixture.url));
    expect(read).toMatchObject({ kind: 'post', postId: '7528736261949387431', author: 'camille-durand-cm' });
    if (read?.kind !== 'post') throw new Error('expected a post');
    expect(read.metrics.views).toMatchObject({ value: 1842, raw: '1,842 Impressions' });
    expect(read.metrics.reach?.value).toBe(1107);
    expect([read.metrics.likes?.value, read.metrics.comments?.value, read.metrics.shares?.value]).toEqual([
      64, 9, 4,
    ]);
  });

  it('reads "Membres touchés" and "Republications" on the French page', () => {
    const fixture = LINKEDIN_FIXTURES.postAnalyticsFr;
    const doc = loadFixture(fixture.file);
    const [read] = readPage(doc, contextFor(doc, fixture.url));
    if (read?.kind !== 'post') throw new Error('expected a post');
    expect(read.metrics.views?.value).toBe(2315);
    expect(read.metrics.reach).toMatchObject({ value: 1468, raw: '1\u202f468 Membres touchés' });
    expect(read.metrics.shares?.value).toBe(6);
  });

  it('reads the older one-line layout ("72 Impressions")', () => {
    const doc = parseHtml(
      '<main><section><h2>Discovery</h2><p>72 Impressions</p><p>58 Members reached</p></section></main>',
    );
    const url = 'https://www.linkedin.com/analytics/post-summary/urn:li:activity:7366738224129470464/';
    const [read] = readPage(doc, contextFor(doc, url));
    if (read?.kind !== 'post') throw new Error('expected a post');
    expect(read.metrics).toMatchObject({ views: { value: 72 }, reach: { value: 58 } });
    expect(read.metrics.likes).toBeUndefined();
  });

  it('stores nothing while the figures have not loaded, rather than zeros', () => {
    const doc = parseHtml('<main><h1>Post analytics</h1><p>Analytics failed to load</p></main>');
    const ctx = contextFor(
      doc,
      'https://www.linkedin.com/analytics/post-summary/urn:li:activity:7366738224129470464/',
    );
    expect(readPage(doc, ctx)).toEqual([]);
    expect(ctx.misses).toContain('linkedin.page.analyticsFigures');
  });
});

describe('LinkedIn dashboard', () => {
  it('reads the owner’s followers and profile viewers, not the percentages beside them', () => {
    const fixture = LINKEDIN_FIXTURES.dashboardEn;
    const doc = loadFixture(fixture.file);
    expect(readPage(doc, contextFor(doc, fixture.url))).toEqual([
      {
        kind: 'profile',
        network: 'linkedin',
        handle: 'camille-durand-cm',
        metrics: {
          followers: { value: 1532, raw: '1,532 Followers', min: 1532, max: 1532 },
          profileViews: { value: 87, raw: '87 Profile viewers', min: 87, max: 87 },
        },
      },
    ]);
  });

  it('stores nothing when the page does not say whose dashboard it is', () => {
    const doc = parseHtml('<main><a href="/me/profile-views/"><p>87</p><p>Profile viewers</p></a></main>');
    const ctx = contextFor(doc, 'https://www.linkedin.com/dashboard/');
    expect(readPage(doc, ctx)).toEqual([]);
    expect(ctx.misses).toContain('linkedin.page.dashboardOwner');
  });
});

describe('LinkedIn page reader elsewhere', () => {
  it('has nothing to say about a feed page, and never throws', () => {
    const doc = loadFixture(LINKEDIN_FIXTURES.feedClassicEn.file);
    expect(readPage(doc, contextFor(doc, 'https://www.linkedin.com/feed/'))).toEqual([]);
    const broken = parseHtml('<main></main>');
    broken.querySelector = () => {
      throw new Error('boom');
    };
    const ctx = contextFor(broken, 'https://www.linkedin.com/dashboard/');
    expect(readPage(broken, ctx)).toEqual([]);
    expect(ctx.misses).toContain('linkedin.readPage');
  });
});
