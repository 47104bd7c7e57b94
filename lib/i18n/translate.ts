import { DICTIONARIES, type Language, type MessageKey } from './messages';
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
  number: (n: number) => string;
  /** A reading as the user should see it: exact, or a range when the site rounded it. */
  reading: (m: MetricReading | undefined) => string;
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
}

export function createTranslator(language: Language, browserLocale?: string): Translator {
  const locale = browserLocale?.toLowerCase().startsWith(language) ? browserLocale : language;
  const dict = DICTIONARIES[language];
  const numberFormat = new Intl.NumberFormat(locale);
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const t = (key: MessageKey, vars?: Record<string, string | number>) =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = vars?.[name];
      return v === undefined ? `{${name}}` : typeof v === 'number' ? numberFormat.format(v) : v;
    });
  return {
    language,
    locale,
    t,
    number: (n) => numberFormat.format(n),
    reading: (m) => {
      if (!m) return t('unknown');
      if (m.max === null) return `${numberFormat.format(m.min)}+`;
      if (m.min === m.max) return numberFormat.format(m.value);
      return `${numberFormat.format(m.min)}–${numberFormat.format(m.max)}`;
    },
    dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    date: (iso) => dateFormat.format(new Date(iso)),
  };
}
