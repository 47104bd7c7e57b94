import { DICTIONARIES, type Language, type MessageKey } from './messages';
import type { KpiUnit, KpiValue, Localized } from '../kpi/types';
import type { MetricReading } from '../model/records';

/** The UI language: the user's choice, else the browser's when it is French, else English. */
export function pickLanguage(choice: 'auto' | Language, browserLanguage: string | undefined): Language {
  if (choice !== 'auto') return choice;
  return browserLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export interface Translator {
  language: Language;
  /** Locale for numbers and dates: the browser's own when it matches the UI language. */
  locale: string;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** A text of the KPI catalogue in the UI language. */
  pick: (text: Localized) => string;
  number: (n: number) => string;
  /** A reading as the user should see it: exact, or a range when the site rounded it. */
  reading: (m: MetricReading | undefined) => string;
  /** A KPI figure in its unit (a count, or a percentage where 3.5 means 3.5 %). */
  figure: (n: number, unit: KpiUnit) => string;
  /** A change, always signed: "+12", "−3,5 %". */
  signed: (n: number, unit: KpiUnit) => string;
  /** A KPI value: exact, a range from rounded inputs, or an open-ended bound; "no data" for null. */
  kpiValue: (v: KpiValue, unit: KpiUnit) => string;
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
}

export function createTranslator(language: Language, browserLocale?: string): Translator {
  const locale = browserLocale?.toLowerCase().startsWith(language) ? browserLocale : language;
  const dict = DICTIONARIES[language];
  const numberFormat = new Intl.NumberFormat(locale);
  const countFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const t = (key: MessageKey, vars?: Record<string, string | number>) =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = vars?.[name];
      return v === undefined ? `{${name}}` : typeof v === 'number' ? numberFormat.format(v) : v;
    });
  // Negative zero would print "-0".
  const figure = (n: number, unit: KpiUnit) =>
    unit === 'percent' ? percentFormat.format(n / 100 || 0) : countFormat.format(n || 0);
  const signed = (n: number, unit: KpiUnit) => {
    const magnitude = figure(Math.abs(n), unit);
    if (figure(n, unit) === figure(0, unit)) return magnitude;
    return `${n > 0 ? '+' : '−'}${magnitude}`;
  };
  return {
    language,
    locale,
    t,
    pick: (text) => text[language],
    number: (n) => numberFormat.format(n),
    reading: (m) => {
      if (!m) return t('unknown');
      if (m.max === null) return `${numberFormat.format(m.min)}+`;
      if (m.min === m.max) return numberFormat.format(m.value);
      return `${numberFormat.format(m.min)}–${numberFormat.format(m.max)}`;
    },
    figure,
    signed,
    kpiValue: (v, unit) => {
      if (!v) return t('noValue');
      if (v.exact) return figure(v.value, unit);
      if (v.min !== null && v.max !== null) {
        const low = figure(v.min, unit);
        const high = figure(v.max, unit);
        return low === high ? low : t('valueRange', { min: low, max: high });
      }
      if (v.min !== null) return t('valueAtLeast', { min: figure(v.min, unit) });
      if (v.max !== null) return t('valueAtMost', { max: figure(v.max, unit) });
      return t('valueAbout', { value: figure(v.value, unit) });
    },
    dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    date: (iso) => dateFormat.format(new Date(iso)),
  };
}
