/**
 * Chromium answers a lone selector (a tag, a class) through a fast path that a selector list
 * loses: one query per alternative measured several times cheaper than one query of the list
 * (LinkedIn: ~1 µs a class alone, ~34 µs for a list of seven; Facebook: 57 µs for a list of 17).
 * The collector and the readers split their lists with these and merge the answers.
 */

/**
 * A selector list's alternatives: "article, div[role=\"dialog\"]" → two selectors. Commas inside
 * brackets, parentheses or quotes do not split.
 */
export function splitSelectorList(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter(Boolean);
}

/** Node.DOCUMENT_POSITION_FOLLOWING (the constant, so that no global is needed). */
const FOLLOWING = 4;

/**
 * The elements of several lists (each already in document order, as a query returns them), each
 * once, in document order. Sorted only when more than one list found something.
 */
export function inDocumentOrder(lists: readonly ArrayLike<Element>[]): Element[] {
  const found: Element[] = [];
  let sources = 0;
  for (const list of lists) {
    // Indexed reads: iterating a NodeList with for…of showed in profiles.
    for (let i = 0; i < list.length; i++) found.push(list[i] as Element);
    if (list.length > 0) sources++;
  }
  if (sources <= 1) return found;
  const unique = [...new Set(found)];
  unique.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  return unique;
}
