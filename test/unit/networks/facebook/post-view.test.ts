import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OwnElements } from '../../../../lib/networks/facebook/dom';
import { viewOf } from '../../../../lib/networks/facebook/read-post';
import {
  AUTHOR_HEADING,
  BUTTON,
  COMMENT_BUTTON,
  FOLLOWERS_LINK,
  FOLLOWING_LINK,
  FRIENDS_LINK,
  LIKE_BUTTON,
  LINK,
  LOADING,
  MESSAGE,
  PAGE_LIKES_LINK,
  POST_ROOTS,
  PROFILE_NAME,
  REACTIONS_TOOLBAR,
  SHARE_BUTTON,
} from '../../../../lib/networks/facebook/selectors';
import { loadPage } from './helpers';

const FILES = [
  ...readdirSync('test/fixtures/facebook').map((f) => `test/fixtures/facebook/${f}`),
  ...readdirSync('test/fixtures/real/facebook').map((f) => `test/fixtures/real/facebook/${f}`),
].filter((f) => f.endsWith('.html'));

/**
 * `viewOf` finds a post's hooks with one-selector queries and attribute checks (faster in Chromium
 * than one query per hook): it must give what a query per selector of selectors.ts gives, limited
 * to the post's own elements.
 */
describe('a post view', () => {
  it.each(FILES)('sorts the own elements of every root of %s as the selectors do', (file) => {
    const doc = loadPage(file);
    // Post roots, and every other element the collector could hand over as one (a changed node's root).
    const roots = [...doc.querySelectorAll(POST_ROOTS), ...doc.querySelectorAll('div')].slice(0, 600);
    for (const root of roots) {
      const view = viewOf(root);
      const own = new OwnElements(root);
      const query = (selector: string) =>
        Array.from(root.querySelectorAll(selector)).filter((el) => own.has(el));
      for (const el of root.querySelectorAll('*')) expect(view.own.has(el)).toBe(own.has(el));
      const messages = query(MESSAGE);
      expect(view.messages).toEqual(messages.filter((m) => !messages.some((o) => o !== m && o.contains(m))));
      expect(view.profileNames).toEqual(query(PROFILE_NAME));
      expect(view.headings()).toEqual(query(AUTHOR_HEADING));
      expect(view.links).toEqual(query(LINK));
      expect(view.toolbar).toBe(query(REACTIONS_TOOLBAR)[0] ?? null);
      expect(view.buttons).toEqual(query(BUTTON));
      expect(view.likeButton).toBe(query(LIKE_BUTTON).length > 0);
      expect(view.commentButton).toBe(query(COMMENT_BUTTON).length > 0);
      expect(view.shareButton).toBe(query(SHARE_BUTTON).length > 0);
      expect(view.loading()).toBe(query(LOADING).length > 0);
    }
  });
});

describe('header links', () => {
  it('all ask for "follow" or "friends" in the address (the profile reader keeps only such links)', () => {
    const values = [FOLLOWERS_LINK, FOLLOWING_LINK, FRIENDS_LINK, PAGE_LIKES_LINK].flatMap((selector) =>
      Array.from(selector.matchAll(/href[*$^]?="([^"]*)"/g), (m) => m[1] ?? ''),
    );
    expect(values.length).toBeGreaterThan(10);
    for (const value of values) expect(value.includes('follow') || value.includes('friends')).toBe(true);
  });
});
