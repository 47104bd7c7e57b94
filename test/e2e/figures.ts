// Compares what the database holds with what a fixture's expectations say.
type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw IndexedDB rows
export type Dump = Record<string, Row[]>;

export interface Bounds {
  value: number;
  min: number;
  max: number | null;
}

/** Why a stored reading differs from the expected bounds ('unknown': must be absent), or null. */
export function figureProblem(
  stored: Row | undefined,
  expected: Bounds | 'unknown' | undefined,
): string | null {
  if (expected === undefined) return null;
  if (expected === 'unknown')
    return stored === undefined ? null : `should be unknown, got ${JSON.stringify(stored)}`;
  if (!stored) return 'missing';
  return stored.value === expected.value && stored.min === expected.min && stored.max === expected.max
    ? null
    : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(stored)}`;
}

export interface ExpectedPostLike {
  postId: string;
  url?: string;
  author?: string;
  publishedAt?: string;
  metrics: Record<string, Bounds | 'unknown' | undefined>;
}
export interface ExpectedProfileLike {
  handle: string;
  metrics: Record<string, Bounds | 'unknown' | undefined>;
}

export function storedProblems(
  db: Dump,
  network: string,
  posts: ExpectedPostLike[],
  profiles: ExpectedProfileLike[],
): string[] {
  const out: string[] = [];
  for (const e of posts) {
    const post = db.posts?.find((p) => p.network === network && p.postId === e.postId);
    if (!post) {
      out.push(`${e.postId}: not stored`);
      continue;
    }
    if (e.author !== undefined && post.author !== e.author) out.push(`${e.postId}: author ${post.author}`);
    if (e.url !== undefined && post.url !== e.url) out.push(`${e.postId}: url ${post.url}`);
    if (e.publishedAt && post.publishedAt !== e.publishedAt)
      out.push(`${e.postId}: publishedAt ${post.publishedAt}`);
    for (const [name, expected] of Object.entries(e.metrics)) {
      const why = figureProblem(post.latestMetrics[name], expected);
      if (why) out.push(`${e.postId} ${name}: ${why}`);
    }
  }
  for (const e of profiles) {
    const latest = (db.profileSnapshots ?? [])
      .filter((s) => s.network === network && s.handle === e.handle)
      .at(-1);
    if (!latest) {
      out.push(`profile ${e.handle}: not stored`);
      continue;
    }
    for (const [name, expected] of Object.entries(e.metrics)) {
      const why = figureProblem(latest.metrics[name], expected);
      if (why) out.push(`profile ${e.handle} ${name}: ${why}`);
    }
  }
  return out;
}
