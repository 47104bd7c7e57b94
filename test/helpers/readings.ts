import type { PostReading, ProfileReading, ReadingsMessage } from '../../lib/model/messages';

let counter = 0;

export function postReading(overrides: Partial<PostReading> = {}): PostReading {
  return {
    kind: 'post',
    network: 'x',
    postId: '1981398750557065646',
    url: 'https://x.com/testuser123/status/1981398750557065646',
    author: 'testuser123',
    hashtags: [],
    mentions: [],
    metrics: { likes: { value: 553, raw: '553 likes', min: 553, max: 553 } },
    capturedAt: '2026-11-20T10:00:00.000Z',
    pageUrl: 'https://x.com/home',
    locale: 'en',
    parserVersion: 1,
    ...overrides,
  };
}

export function profileReading(overrides: Partial<ProfileReading> = {}): ProfileReading {
  return {
    kind: 'profile',
    network: 'x',
    handle: 'kikobeats',
    metrics: { followers: { value: 3893, raw: '3,893', min: 3893, max: 3893 } },
    capturedAt: '2026-11-20T10:00:00.000Z',
    pageUrl: 'https://x.com/kikobeats',
    locale: 'en',
    parserVersion: 1,
    ...overrides,
  };
}

export function batch(readings: ReadingsMessage['readings'], batchId?: string): ReadingsMessage {
  counter++;
  return { type: 'readings', batchId: batchId ?? `batch-${String(counter).padStart(8, '0')}`, readings };
}
