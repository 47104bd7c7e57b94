import type { BadgeChip, PostBadge, ProfileBadge } from '../model/messages';
import { BADGE_TEXT, type BadgeKey, type BadgeLanguage } from './text';

type Range = { value: number; min: number; max: number | null };

/**
 * Turns a badge's figures into what the page shows: the chip's parts (each with its tone), the
 * label screen readers announce and the tooltip with the formula. Runs in the background, in the
 * user's language and number format; the content script only sets these strings as text.
 */
export class BadgeFormatter {
  private readonly language: BadgeLanguage;
  private readonly numberFormat: Intl.NumberFormat;
  private readonly percentFormat: Intl.NumberFormat;
  private readonly dateFormat: Intl.DateTimeFormat;

  constructor(language: BadgeLanguage, locale: string) {
    this.language = language;
    const safe = supported(locale) ? locale : language;
    this.numberFormat = new Intl.NumberFormat(safe, { maximumFractionDigits: 1 });
    this.percentFormat = new Intl.NumberFormat(safe, { style: 'percent', maximumFractionDigits: 1 });
    this.dateFormat = new Intl.DateTimeFormat(safe, { dateStyle: 'medium' });
  }

  private t(key: BadgeKey, vars: Record<string, string> = {}): string {
    return BADGE_TEXT[this.language][key].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
  }

  private fmt(n: number): string {
    return this.numberFormat.format(n);
  }

  private percent(value: number): string {
    return this.percentFormat.format(value / 100);
  }

  private signed(n: number): string {
    return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${this.fmt(Math.abs(n))}`;
  }

  /** A post's chip; null when there is nothing true to say (never a made-up figure). */
  post(badge: PostBadge): BadgeChip | null {
    const { engagement } = badge;
    if (!engagement && !badge.own) return null;
    const lines: string[] = [];
    const parts: BadgeChip['parts'] = [];
    if (badge.own) parts.push({ text: this.t('own'), tone: 'own' });
    if (engagement) {
      const { rate, interactions, denominator, basis } = engagement;
      parts.push({ text: `${this.t('engagement')} ${this.percent(rate.value)}`, tone: '' });
      const formula: BadgeKey = engagement.withShares
        ? basis === 'views'
          ? 'formulaViews'
          : 'formulaFollowers'
        : basis === 'views'
          ? 'formulaViewsNoShares'
          : 'formulaFollowersNoShares';
      lines.push(this.t(formula));
      lines.push(
        this.t('figures', {
          interactions: this.fmt(interactions.value),
          denominator: this.fmt(denominator.value),
          rate: this.percent(rate.value),
        }),
      );
      if (rate.min !== rate.max) {
        lines.push(
          this.t('rounded', {
            min: this.percent(rate.min),
            max: rate.max === null ? '∞' : this.percent(rate.max),
          }),
        );
      }
      if (badge.versusMedian) {
        const ratio = this.fmt(badge.versusMedian.ratio);
        parts.push({
          text: this.t('vsMedianShort', { ratio }),
          tone: badge.versusMedian.ratio >= 1 ? 'up' : 'down',
        });
        lines.push(this.t('vsMedian', { ratio, posts: String(badge.versusMedian.posts) }));
      }
    }
    lines.push(this.t('source'));
    return { label: parts.map((p) => p.text).join(' · '), tooltip: lines.join('\n'), parts };
  }

  /** A profile header's chip; null on a first visit, which has no change to show yet. */
  profile(badge: ProfileBadge): BadgeChip | null {
    const named: BadgeChip['parts'] = [];
    const lines: string[] = [];
    if (badge.own) named.push({ text: this.t('own'), tone: 'own' });
    if (badge.sinceFirst) {
      named.push({
        text: this.t('followersSinceFirst', {
          change: this.signed(badge.sinceFirst.change),
          date: this.date(badge.sinceFirst.at),
        }),
        tone: badge.sinceFirst.change >= 0 ? 'up' : 'down',
      });
    }
    if (badge.sincePrevious) {
      lines.push(
        this.t('followersSincePrevious', {
          change: this.signed(badge.sincePrevious.change),
          date: this.date(badge.sincePrevious.at),
        }),
      );
    }
    if (badge.objectiveGrowth) {
      const r: Range = badge.objectiveGrowth.rate;
      named.push({
        text: this.t('objectiveGrowth', {
          date: this.date(badge.objectiveGrowth.start),
          rate: `${r.value >= 0 ? '+' : ''}${this.percent(r.value)}`,
        }),
        tone: r.value >= 0 ? 'up' : 'down',
      });
    }
    if (named.length === 0 || (named.length === 1 && badge.own && !badge.sinceFirst)) return null;
    lines.push(this.t('source'));
    const parts: BadgeChip['parts'] = [];
    named.forEach((part, i) => {
      if (i > 0) parts.push({ text: '·', tone: '' });
      parts.push(part);
    });
    return { label: named.map((p) => p.text).join(' · '), tooltip: lines.join('\n'), parts };
  }

  private date(iso: string): string {
    return this.dateFormat.format(new Date(iso));
  }
}

function supported(locale: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}
