import { canonicalTime, mergePost, sameJson, unionTags } from '../../../lib/export/merge';
import { exact, post } from './helpers';

const stored = post({
  url: '',
  hashtags: ['a', 'b'],
  lastSeenAt: '2026-11-20T11:00:00.000Z',
  lastSnapshotAt: '2026-11-20T11:00:00.000Z',
  latestMetrics: { likes: exact(1), views: exact(10) },
});
const incoming = post({
  authorName: 'Test User',
  hashtags: ['b', 'c'],
  firstSeenAt: '2026-11-19T00:00:00.000Z',
  lastSeenAt: '2026-11-21T00:00:00.000Z',
  lastSnapshotAt: '2026-11-21T00:00:00.000Z',
  latestMetrics: { likes: exact(2) },
});

describe('mergePost', () => {
  it('unites tags, widens the seen period, and keeps the newest figures without forgetting known ones', () => {
    expect(mergePost(stored, incoming)).toEqual({
      ...incoming,
      hashtags: ['a', 'b', 'c'],
      latestMetrics: { likes: exact(2), views: exact(10) },
    });
  });

  it.each([
    ['stored, incoming', stored, incoming],
    ['incoming, stored', incoming, stored],
    ['a post with itself', stored, stored],
  ])('is idempotent (%s): merging the same copy again changes nothing', (_name, a, b) => {
    const once = mergePost(a, b);
    expect(mergePost(once, b)).toEqual(once);
    expect(mergePost(once, a)).toEqual(once);
  });

  it('leaves no undefined fields behind', () => {
    const bare = post({ author: undefined, lastSnapshotAt: undefined });
    delete bare.author;
    delete bare.lastSnapshotAt;
    expect(Object.keys(mergePost(bare, bare)).sort()).toEqual(Object.keys(bare).sort());
  });
});

describe('merge helpers', () => {
  it('caps united tags at the model limit', () => {
    const many = Array.from({ length: 100 }, (_, i) => `t${i}`);
    expect(unionTags(many, ['extra'])).toHaveLength(100);
  });

  it('gives every spelling of an instant one canonical form', () => {
    expect(canonicalTime('2026-11-20T10:00:00Z')).toBe('2026-11-20T10:00:00.000Z');
    expect(canonicalTime('2026-11-20T10:00:00.5Z')).toBe('2026-11-20T10:00:00.500Z');
  });

  it('compares records ignoring key order', () => {
    expect(sameJson({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });
});
