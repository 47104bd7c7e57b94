import type { Network } from '../model/records';

/** Handles as the readers store them: lower-case, without `@` (or a pasted profile address's path). */
export function normaliseHandleInput(input: string): string {
  let text = input.trim();
  // A pasted profile address: keep its first path segment (x.com/acme → acme, linkedin.com/in/acme → acme).
  const address =
    /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:x|twitter|instagram|facebook|linkedin)\.com\/(?:in\/|company\/)?([^/?#]+)/i.exec(
      text,
    );
  if (address?.[1]) text = address[1];
  return text.replace(/^@+/, '').toLowerCase();
}

/** Letters (any script), digits, dot, hyphen and underscore: what the four networks allow in a handle. */
const HANDLE_PATTERN = /^[\p{L}\p{N}._-]{1,100}$/u;

export type HandleProblem = 'empty' | 'invalid' | 'tooLong';

export function handleProblem(handle: string, _network: Network): HandleProblem | null {
  if (handle === '') return 'empty';
  if (handle.length > 100) return 'tooLong';
  return HANDLE_PATTERN.test(handle) ? null : 'invalid';
}

const NETWORK_HOSTS: Record<Network, readonly string[]> = {
  x: ['x.com', 'twitter.com'],
  instagram: ['instagram.com'],
  facebook: ['facebook.com', 'fb.com'],
  linkedin: ['linkedin.com'],
};

/**
 * A post's address, only when it is a web address on the post's own network: page text is
 * hostile, so no `javascript:` and no look-alike site behind a "post" link.
 */
export function safeLink(url: string | undefined, network: Network): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    const host = parsed.hostname.toLowerCase();
    const ours = NETWORK_HOSTS[network].some((h) => host === h || host.endsWith(`.${h}`));
    return ours ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function newId(prefix: string): string {
  const random =
    typeof globalThis.crypto?.randomUUID === 'function'
      ? globalThis.crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `${prefix}-${random}`;
}
