import type { NetworkAdapter } from '../../lib/networks/types';

/**
 * A minimal adapter over markup like `<article data-post="7" data-likes="12">`, so the collector
 * can be tested apart from any real site's reader.
 */
export const toyAdapter: NetworkAdapter = {
  network: 'x',
  parserVersion: 1,
  findScopes: (doc) => [...doc.querySelectorAll('main')],
  postSelector: 'article[data-post]',
  readPost(root, ctx) {
    const postId = root.getAttribute('data-post');
    if (!postId) {
      ctx.miss('toy.post.id');
      return null;
    }
    if (postId === 'boom') throw new Error('reader bug');
    const likesText = root.querySelector('.likes')?.textContent ?? '';
    const likes = /^\d+$/.test(likesText) ? Number(likesText) : undefined;
    return {
      kind: 'post',
      network: 'x',
      postId,
      url: `https://x.com/toy/status/${postId}`,
      author: 'toy',
      hashtags: [],
      mentions: [],
      metrics: likes === undefined ? {} : { likes: { value: likes, raw: likesText, min: likes, max: likes } },
    };
  },
  profileSelector: 'header[data-handle]',
  readProfile(root) {
    const handle = root.getAttribute('data-handle') ?? '';
    const text = root.querySelector('.followers')?.textContent ?? '';
    const followers = /^\d+$/.test(text) ? Number(text) : undefined;
    return {
      kind: 'profile',
      network: 'x',
      handle,
      metrics:
        followers === undefined
          ? {}
          : { followers: { value: followers, raw: text, min: followers, max: followers } },
    };
  },
};

export function toyPost(id: string, likes?: number): HTMLElement {
  const article = document.createElement('article');
  article.setAttribute('data-post', id);
  const span = document.createElement('span');
  span.className = 'likes';
  if (likes !== undefined) span.textContent = String(likes);
  article.append(span);
  const cell = document.createElement('div');
  cell.append(article);
  return cell;
}
