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
 * The elements whose text the walk below does not take as written: images give their `alt`;
 * scripts, styles and svg give nothing. The walk tests `tagName`, upper case for the HTML elements
 * of an HTML page; a type selector matches other elements case-sensitively, hence both cases.
 */
const NOT_PLAIN_TEXT = 'img, IMG, script, SCRIPT, style, STYLE, svg';

/**
 * Text as a reader sees it: text nodes plus the `alt` of emoji images (X draws emoji as
 * `<img alt="🇨🇳">`), whitespace collapsed.
 */
export function visibleText(element: Element): string {
  // Without any of those elements inside, the walk's text is every text node in order: what
  // `textContent` gives natively. In a content script's isolated world each node the walk visits
  // costs a wrapper, several times dearer than in the page's own world; a query that finds nothing
  // costs none. The two differ only for nodes HTML parsing never makes (a CDATA section adopted
  // from an XML document, an HTML element created by script with an upper-case name).
  if (element.querySelector(NOT_PLAIN_TEXT) === null) return collapse(element.textContent ?? '');
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
  return collapse(text);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
