import { describe, expect, it } from 'vitest';
import { facebookAdapter, readPageHeaderCounts } from '../../../../lib/networks/facebook';
import { DIALOG_FR, FEED_EN, PAGE_FR } from '../../../fixtures/facebook/expectations';
import { contextFor, loadPage, pageWith } from './helpers';

describe('facebookAdapter', () => {
  it('declares the network, its parser version and its hooks', () => {
    expect(facebookAdapter.network).toBe('facebook');
    expect(facebookAdapter.parserVersion).toBe(1);
    expect(facebookAdapter.postSelector).toContain('div[role="feed"] div[aria-posinset]');
    expect(facebookAdapter.postSelector).toContain('div[role="dialog"]');
    expect(typeof facebookAdapter.readProfile).toBe('function');
  });

  it('observes the page body, and an open dialog beside it', () => {
    const feed = loadPage(FEED_EN.file);
    expect(facebookAdapter.findScopes(feed).map((s) => s.getAttribute('role'))).toEqual(['main']);
    const dialog = loadPage(DIALOG_FR.file);
    expect(facebookAdapter.findScopes(dialog).map((s) => s.getAttribute('role'))).toEqual(['dialog', 'main']);
  });

  it('observes a feed that sits outside any main, and nothing twice', () => {
    const doc = pageWith(
      '<div role="feed"><div aria-posinset="1"></div></div><div role="main"><div role="feed"></div></div>',
    );
    const scopes = facebookAdapter.findScopes(doc);
    expect(scopes).toHaveLength(2);
    expect(scopes.map((s) => s.getAttribute('role')).sort()).toEqual(['feed', 'main']);
  });
});

describe('page and profile headers', () => {
  it('reads "12 k abonnés" as followers with the bounds of its rounding, and the Page name', () => {
    const doc = loadPage(PAGE_FR.file);
    const ctx = contextFor(doc, PAGE_FR.url);
    const profile = facebookAdapter.readProfile?.(doc.querySelector('div[role="main"]') as Element, ctx);
    expect(profile).toMatchObject({
      network: 'facebook',
      handle: 'boulangerie.martin',
      displayName: 'Boulangerie Martin',
      metrics: { followers: { value: 12000, min: 11500, max: 12999, raw: '12\u00a0k abonnés' } },
    });
  });

  it('reads the Page likes "5,1 k J’aime" (kept out of the profile metrics, which have no name for them)', () => {
    const doc = loadPage(PAGE_FR.file);
    const header = readPageHeaderCounts(doc.querySelector('div[role="main"]') as Element, 'fr');
    expect(header?.counts.pageLikes).toMatchObject({
      value: 5100,
      min: 5050,
      max: 5199,
      raw: '5,1\u00a0k J’aime',
    });
  });

  it('reads a personal profile: friends as connections, followers, following', () => {
    const doc = pageWith(
      `<div role="main"><div><div><span dir="auto"><h1>Jean Dupont</h1></span></div>
        <div><span dir="auto"><a href="https://www.facebook.com/jean.dupont.5/friends/" role="link">1\u202f234 amis</a> • <a href="https://www.facebook.com/jean.dupont.5/followers/" role="link">2,5\u00a0k followers</a> • <a href="https://www.facebook.com/jean.dupont.5/following/" role="link">310 suivi(e)s</a></span></div></div>
        <div role="tablist"><a role="tab" href="https://www.facebook.com/jean.dupont.5/friends/">Amis</a></div></div>`,
      'fr',
    );
    const profile = facebookAdapter.readProfile?.(
      doc.querySelector('div[role="main"]') as Element,
      contextFor(doc, 'https://www.facebook.com/jean.dupont.5'),
    );
    expect(profile).toMatchObject({
      handle: 'jean.dupont.5',
      displayName: 'Jean Dupont',
      metrics: {
        connections: { value: 1234 },
        followers: { value: 2500, min: 2450 },
        following: { value: 310 },
      },
    });
  });

  it('gives null, without throwing, when a main holds no header figures', () => {
    const doc = loadPage(FEED_EN.file);
    const ctx = contextFor(doc, FEED_EN.url);
    expect(facebookAdapter.readProfile?.(doc.querySelector('div[role="main"]') as Element, ctx)).toBeNull();
    const broken = doc.querySelector('div[role="main"]') as Element;
    Object.defineProperty(broken, 'closest', {
      value: () => {
        throw new Error('boom');
      },
    });
    expect(facebookAdapter.readProfile?.(broken, ctx)).toBeNull();
    expect(ctx.misses).toContain('facebook.profile.error');
  });

  it('does not take figures from the posts of a timeline', () => {
    const doc = pageWith(
      `<div role="main"><div role="feed"><div aria-posinset="1"><a href="https://www.facebook.com/someone/followers/">9 followers</a></div></div></div>`,
    );
    expect(
      facebookAdapter.readProfile?.(
        doc.querySelector('div[role="main"]') as Element,
        contextFor(doc, 'https://www.facebook.com/'),
      ),
    ).toBeNull();
  });
});
