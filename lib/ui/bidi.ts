/**
 * Wraps text read from a page in first-strong isolates (U+2068 … U+2069), so a right-to-left
 * override inside a display name or handle cannot reorder what follows it. For JSX, prefer <bdi>.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
