/** "#Marque, promo  #été" → ["Marque", "promo", "été"]: without `#`, case kept, each once whatever its case. */
export function parseHashtags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    const tag = part.replace(/^#+/, '').trim().slice(0, 140);
    const key = tag.normalize('NFC').toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}
