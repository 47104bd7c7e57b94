import type { BadgeDisplay, BadgeRequest } from '../model/messages';
import type { Network, PostMetrics } from '../model/records';

/** How many posts and headers one badge request may ask about (the schema's limits). */
export const MAX_BADGE_POSTS = 200;
export const MAX_BADGE_PROFILES = 20;

/** What a badge needs from a read or a stored reading. */
export type BadgeSubject =
  | { kind: 'post'; postId: string; metrics: PostMetrics; author?: string; publishedAt?: string }
  | { kind: 'profile'; handle: string };

/**
 * The badge request for some reads of one network: each post once (its last read) with the
 * figures that travel with it, each header once, within the schema's limits. Built by the page
 * for posts whose badge did not come with an acknowledgement, and by the background for a
 * stored batch.
 */
export function badgeRequestOf(
  network: Network,
  display: BadgeDisplay,
  subjects: Iterable<BadgeSubject>,
): BadgeRequest {
  const posts = new Map<string, BadgeRequest['posts'][number]>();
  const profiles = new Set<string>();
  for (const subject of subjects) {
    if (subject.kind === 'profile') {
      if (profiles.size < MAX_BADGE_PROFILES) profiles.add(subject.handle);
      continue;
    }
    if (!posts.has(subject.postId) && posts.size >= MAX_BADGE_POSTS) continue;
    const post: BadgeRequest['posts'][number] = { postId: subject.postId, metrics: subject.metrics };
    if (subject.author) post.author = subject.author;
    if (subject.publishedAt) post.publishedAt = subject.publishedAt;
    posts.set(subject.postId, post);
  }
  return { type: 'badge-figures', network, display, posts: [...posts.values()], profiles: [...profiles] };
}
