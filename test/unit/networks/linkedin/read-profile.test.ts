import { linkedinAdapter } from '../../../../lib/networks/linkedin';
import { readProfile } from '../../../../lib/networks/linkedin/read-profile';
import { LINKEDIN_FIXTURES } from '../../../fixtures/linkedin/expectations';
import { contextFor, loadFixture, parseHtml } from './load';

describe('LinkedIn profile and company headers', () => {
  it('reads the logged-out company page: 5,750 followers', () => {
    const fixture = LINKEDIN_FIXTURES.realCompanyGuest;
    const doc = loadFixture(fixture.file);
    const read = readProfile(
      doc.querySelector(linkedinAdapter.profileSelector ?? '') as Element,
      contextFor(doc, fixture.url),
    );
    expect(read).toMatchObject({ handle: 'audiense', displayName: 'Audiense' });
    expect(read?.metrics.followers).toMatchObject({
      value: 5750,
      min: 5750,
      max: 5750,
      raw: '5,750 followers',
    });
  });

  it('stores "500+ relations" as at least 500, not as exactly 500', () => {
    const fixture = LINKEDIN_FIXTURES.profilePersonFr;
    const doc = loadFixture(fixture.file);
    const read = readProfile(
      doc.querySelector(linkedinAdapter.profileSelector ?? '') as Element,
      contextFor(doc, fixture.url),
    );
    expect(read?.handle).toBe('julien-lefevre-42');
    expect(read?.metrics.connections).toEqual({
      value: 500,
      raw: '500+\u00a0relations',
      min: 500,
      max: null,
    });
    expect(read?.metrics.followers).toMatchObject({ value: 4812, max: 4812 });
    // The header has no profile-views figure for a visitor.
    expect(read?.metrics.profileViews).toBeUndefined();
  });

  it('also reads "+ de 500 relations" and "500+ connections" as open-ended', () => {
    for (const [lang, line] of [
      ['fr', '<li><span class="t-bold">+ de 500</span> relations</li>'],
      ['en', '<li><span class="t-bold">500+</span> connections</li>'],
    ] as const) {
      const doc = parseHtml(
        `<main><section class="artdeco-card" data-member-id="1"><h1>Ana</h1><ul>${line}</ul></section></main>`,
        lang,
      );
      const read = readProfile(
        doc.querySelector('section') as Element,
        contextFor(doc, 'https://www.linkedin.com/in/ana/'),
      );
      expect(read?.metrics.connections).toMatchObject({ value: 500, min: 500, max: null });
    }
  });

  it('does not glue a year in the headline to the follower count', () => {
    const doc = parseHtml(
      '<section class="artdeco-card" data-member-id="1"><h1>Ana</h1><div>Founder since 2019</div><ul><li><span class="t-bold">1,532</span> followers</li></ul></section>',
    );
    const read = readProfile(
      doc.querySelector('section') as Element,
      contextFor(doc, 'https://www.linkedin.com/in/ana/'),
    );
    expect(read?.metrics.followers?.value).toBe(1532);
  });

  it('does not take a postcode for the follower count', () => {
    const doc = parseHtml(
      '<section class="top-card-layout"><h1>Acme</h1><h3>Lyon 69002 · 1 204 abonnés</h3></section>',
      'fr',
    );
    const read = readProfile(
      doc.querySelector('section') as Element,
      contextFor(doc, 'https://www.linkedin.com/company/acme/'),
    );
    expect(read?.metrics.followers?.value).toBe(1204);
  });

  it('reads the owner’s profile views on their own profile, the same from the header and from the link', () => {
    const fixture = LINKEDIN_FIXTURES.profileOwnerEn;
    const doc = loadFixture(fixture.file);
    const ctx = contextFor(doc, fixture.url);
    const reads = [...doc.querySelectorAll(linkedinAdapter.profileSelector ?? '')].map((root) =>
      readProfile(root, ctx),
    );
    expect(reads).toHaveLength(2);
    expect(reads[0]).toEqual(reads[1]);
    expect(reads[0]?.metrics.profileViews?.value).toBe(87);
    expect(reads[0]?.metrics.connections).toMatchObject({ value: 487, max: 487 });
  });

  it('reads the feed identity card’s "Profile viewers 87" for the signed-in member', () => {
    const fixture = LINKEDIN_FIXTURES.feedClassicEn;
    const doc = loadFixture(fixture.file);
    const link = doc.querySelector('a[href*="/me/profile-views"]') as Element;
    expect(readProfile(link, contextFor(doc, fixture.url))).toEqual({
      kind: 'profile',
      network: 'linkedin',
      handle: 'camille-durand-cm',
      metrics: { profileViews: { value: 87, raw: 'Profile viewers 87', min: 87, max: 87 } },
    });
  });

  it('returns null when it cannot tell whose header it is', () => {
    const doc = parseHtml('<section class="top-card-layout"><h3>5,750 followers</h3></section>');
    const ctx = contextFor(doc, 'https://www.linkedin.com/search/results/all/');
    expect(readProfile(doc.querySelector('section') as Element, ctx)).toBeNull();
    expect(ctx.misses).toContain('linkedin.profile.handle');
  });

  it('never throws', () => {
    const doc = parseHtml('<section class="top-card-layout"></section>');
    const root = doc.querySelector('section') as Element;
    root.matches = () => {
      throw new Error('boom');
    };
    const ctx = contextFor(doc, 'https://www.linkedin.com/company/acme/');
    expect(readProfile(root, ctx)).toBeNull();
    expect(ctx.misses).toContain('linkedin.readProfile');
  });
});
