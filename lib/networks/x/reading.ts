import type { MetricReading } from '../../model/records';
import { hasDigit } from '../../numbers/has-digit';
import { MAX_READING_COUNT, parseCount } from '../../numbers/parse-count';

/** Shared by every reader; re-exported for this network's modules. */
export { hasDigit };

/** Raw text is kept for the user to check a figure against the page, capped like the schema. */
const RAW_MAX = 200;

/**
 * A metric reading from the text of a figure: `numberText` is what the number parser sees,
 * `raw` the page text it came from. Null when the parser does not recognise a number.
 */
export function toReading(numberText: string, raw: string, locale: string): MetricReading | null {
  if (!hasDigit(numberText)) return null;
  const parsed = parseCount(numberText, locale);
  if (!parsed || parsed.max > MAX_READING_COUNT) return null;
  return { value: parsed.value, raw: raw.trim().slice(0, RAW_MAX), min: parsed.min, max: parsed.max };
}

/** Zero for a count X left out of a label that states the others. */
export function zeroReading(raw: string): MetricReading {
  return { value: 0, raw: raw.trim().slice(0, RAW_MAX), min: 0, max: 0 };
}

/**
 * Text as a reader sees it: text nodes plus the `alt` of emoji images (X draws emoji as
 * `<img alt="🇨🇳">`), whitespace collapsed.
 */
export function visibleText(element: Element): string {
  let text = '';
  // Iterative, depth first, without copying child lists: run for every post of a long scroll.
  let node: Node | null = element.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName;
      if (tag === 'IMG') text += (node as Element).getAttribute('alt') ?? '';
      else descend = tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'svg';
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== element && !node.nextSibling) node = node.parentNode;
    node = node && node !== element ? node.nextSibling : null;
  }
  return text.replace(/\s+/g, ' ').trim();
}
