import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../../lib/networks/facebook';
import { REAL_AR } from '../../../fixtures/facebook/expectations';
import { contextFor, loadPage, readPage } from './helpers';

// A whole Page saved by its admin in Arabic (Mar 2024), with the photo viewer open over the
// timeline. Comet markup of that time: no `data-ad-rendering-role` markers yet.
describe('the real Arabic capture', () => {
  const doc = loadPage(REAL_AR.file);
  const ctx = contextFor(doc, REAL_AR.url);
  const { posts, profiles } = readPage(doc, ctx);
  const timelinePost = posts.find((p) => p.postId.startsWith('pfbid0M6b'));
  const photo = posts.find((p) => p.postId === '288439180667016');

  it('is an RTL page in Arabic', () => {
    expect(ctx.locale).toBe('ar');
    expect(doc.documentElement.dir).toBe('rtl');
  });

  it('reads the timeline post: 142 reactions and 7 comments, written in Arabic-Indic digits', () => {
    expect(timelinePost?.metrics.likes).toEqual({ value: 142, min: 142, max: 142, raw: '١٤٢' });
    expect(timelinePost?.metrics.comments).toEqual({ value: 7, min: 7, max: 7, raw: '٧' });
    expect(timelinePost?.author).toBe('100085028081932');
    expect(timelinePost?.authorName).toBe('الدراما الهندي TV');
  });

  it('keeps its permalink without the __cft__ tracking', () => {
    expect(timelinePost?.url).toBe(REAL_AR.posts[0]?.url);
    expect(doc.body.innerHTML).toContain('__cft__');
  });

  it('stores no false zero where the 2024 markup leaves the share count out', () => {
    expect(timelinePost?.metrics).not.toHaveProperty('shares');
    expect(photo?.metrics).not.toHaveProperty('shares');
  });

  it('reads the photo viewer dialog as its own post: 5 reactions, 1 comment', () => {
    expect(photo?.url).toBe('https://www.facebook.com/photo/?fbid=288439180667016');
    expect(photo?.metrics.likes?.value).toBe(5);
    expect(photo?.metrics.comments?.value).toBe(1);
  });

  it('ignores the two empty placeholder articles, silently', () => {
    expect(doc.querySelectorAll('div[role="article"]')).toHaveLength(3);
    expect(posts).toHaveLength(2);
    expect(ctx.misses).toEqual([]);
  });

  it('reads the Page header: "٤٫٧ ألف المتابعون" = 4.7 thousand followers', () => {
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({
      handle: '100085028081932',
      displayName: 'الدراما الهندي TV',
      metrics: { followers: { value: 4700, min: 4650, max: 4799 } },
    });
  });

  it('observes the photo viewer and the page body', () => {
    expect(facebookAdapter.findScopes(doc).map((s) => s.getAttribute('role'))).toEqual(['dialog', 'main']);
  });
});
