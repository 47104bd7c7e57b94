import type { AccountRef, KpiTarget } from '../model/objectives';
import type { ManualFigure, Network, Post, PostSnapshot, ProfileSnapshot } from '../model/records';

/** A text in both UI languages. */
export interface Localized {
  fr: string;
  en: string;
}

export type KpiUnit = 'count' | 'percent';
export type KpiDirection = 'higherIsBetter' | 'lowerIsBetter';
export type Denominator = NonNullable<KpiTarget['denominator']>;

/**
 * A period as two ISO instants. Events (a publication, a capture) belong to it when
 * `start < t <= end`, so consecutive periods never count the same event twice; a figure's
 * value at `start` is its last reading at or before `start`.
 */
export interface Period {
  start: string;
  end: string;
}

/**
 * What the caller fetched from the database. The engine filters again by network, account
 * and time, so wider arrays are fine; narrower ones lose data. Arrays are read, never
 * changed, and may be cached by identity: do not mutate one between calls.
 */
export interface KpiData {
  /** The accounts the KPI measures (an objective's accounts); only those on the KPI's network count. */
  accounts: readonly AccountRef[];
  /** Posts of the accounts published in the window, plus posts by anyone that mention them or carry a tracked hashtag. */
  posts: readonly Post[];
  /** Snapshots of the accounts' posts captured in the window (optional: `Post.latestMetrics` is used too). */
  postSnapshots: readonly PostSnapshot[];
  /** Profile snapshots of the accounts up to the window's end, including the last one before its start. */
  profileSnapshots: readonly ProfileSnapshot[];
  /** Clicks and conversions the user entered by hand. */
  manualFigures: readonly ManualFigure[];
  /** Settings' tracked hashtags, with or without `#`, any case. */
  trackedHashtags: readonly string[];
}

/** One KPI computation: the data, the network and the period, and the user's engagement denominator. */
export interface KpiInput extends KpiData {
  network: Network;
  period: Period;
  /** Engagement rate denominator; `followers` when absent. */
  denominator?: Denominator;
}

/**
 * A KPI's value. Rounded readings ("1,2 k") make a range: the true figure lies in
 * `min..max`. `max` null: no upper bound (an open-ended reading such as "500+", or a
 * denominator that may be 0). `min` null: no lower bound (only a change computed from an
 * open-ended reading). `exact`: `min === value === max`. `null` instead of a KpiValue: no data.
 */
export interface KpiValueData {
  value: number;
  min: number | null;
  max: number | null;
  exact: boolean;
  /** Posts whose figures entered the result, and posts of the period left out because a figure was unknown. */
  postsUsed?: number;
  postsSkipped?: number;
  /** Accounts whose readings entered the result, and accounts left out for want of readings. */
  accountsUsed?: number;
  accountsSkipped?: number;
  /** The oldest reading used by a value-at-end figure: the figure is "as of" this time. */
  asOf?: string;
  /**
   * Set when no reading existed at or before the period's start, so a change was measured
   * from the first reading inside the period (the latest such time across accounts).
   */
  baselineAt?: string;
}
export type KpiValue = KpiValueData | null;
