import { NETWORKS, type Network } from '../model/networks';
import type { ObjectiveKind } from '../model/objectives';
import type { ProfileMetricName } from '../model/records';
import * as f from './formulas';
import type { Denominator, KpiDirection, KpiInput, KpiUnit, KpiValue, Localized } from './types';

/**
 * The objectives of the brief and the KPIs that measure them (PRODUCT.md), with a suggested
 * pair per objective and network. "Too many KPIs kills the KPI": the UI attaches at most two.
 */

export const KPI_IDS = [
  'followers',
  'followerNetChange',
  'followerGrowthRate',
  'followerLosses',
  'connections',
  'connectionNetChange',
  'profileViews',
  'postsPublished',
  'averageLikes',
  'averageComments',
  'averageShares',
  'averageViews',
  'averageReach',
  'averageInteractions',
  'engagementRate',
  'amplification',
  'applause',
  'conversation',
  'virality',
  'mentions',
  'hashtagUses',
  'clicks',
  'clickThroughRate',
  'conversionRate',
] as const;
export type KpiId = (typeof KPI_IDS)[number];

/**
 * What a KPI reads, so the caller queries only that, and so progress knows when its value
 * can change:
 * - `profiles`: the accounts' profile snapshots up to the period's end (with the last before its start);
 * - `ownPosts`: the accounts' posts published in the period and their snapshots;
 * - `seenPosts`: posts by anyone that mention the accounts or carry a tracked hashtag;
 * - `manual`: figures entered by hand.
 */
export type KpiSource = 'profiles' | 'ownPosts' | 'seenPosts' | 'manual';

export interface KpiDefinition {
  id: KpiId;
  label: Localized;
  /** The formula in words, shown next to every figure. */
  formula: Localized;
  /** The formula for each denominator, for KPIs where the user picks it. */
  formulaByDenominator?: Record<Denominator, Localized>;
  unit: KpiUnit;
  direction: KpiDirection;
  networks: readonly Network[];
  sources: readonly KpiSource[];
  /** The lowest value the KPI can take (null: none), so a projection never goes below it. */
  lowest: number | null;
  /**
   * Set when the KPI's value over any period reads nothing but this profile figure at the period's
   * bounds: the last reading at or before its start, the first after its start, and the last at
   * or before its end. A past period then needs those three readings per account, not all of them
   * (lib/db/kpi-data.ts). Unset for every KPI that reads more (the losses between readings…).
   */
  readsAtBounds?: ProfileMetricName;
  compute: (input: KpiInput) => KpiValue;
}

const ALL: readonly Network[] = NETWORKS;
const POST_RATE_SOURCES: readonly KpiSource[] = ['ownPosts', 'profiles'];

const followersAtTime: Localized = {
  fr: 'abonnés de l’auteur au moment de la publication (dernier relevé du profil avant elle)',
  en: 'the author’s followers at the time of the post (last profile reading before it)',
};

const definitions: readonly KpiDefinition[] = [
  {
    id: 'followers',
    label: { fr: 'Abonnés', en: 'Followers' },
    formula: {
      fr: 'Nombre d’abonnés au dernier relevé à la fin de la période, additionné sur les comptes',
      en: 'Follower count at the last reading by the end of the period, summed over the accounts',
    },
    unit: 'count',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: ['profiles'],
    lowest: 0,
    readsAtBounds: 'followers',
    compute: f.followers,
  },
  {
    id: 'followerNetChange',
    label: { fr: 'Variation nette des abonnés', en: 'Net follower change' },
    formula: {
      fr: 'Abonnés à la fin − abonnés au début de la période',
      en: 'Followers at the end − followers at the start of the period',
    },
    unit: 'count',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: ['profiles'],
    lowest: null,
    readsAtBounds: 'followers',
    compute: f.followerNetChange,
  },
  {
    id: 'followerGrowthRate',
    label: { fr: 'Taux de croissance des abonnés', en: 'Follower growth rate' },
    formula: {
      fr: '(abonnés à la fin − abonnés au début) ÷ abonnés au début × 100',
      en: '(followers at the end − followers at the start) ÷ followers at the start × 100',
    },
    unit: 'percent',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: ['profiles'],
    lowest: -100,
    readsAtBounds: 'followers',
    compute: f.followerGrowthRate,
  },
  {
    id: 'followerLosses',
    label: { fr: 'Pertes d’abonnés', en: 'Follower losses' },
    formula: {
      fr: 'Somme des baisses entre deux relevés successifs du nombre d’abonnés sur la période',
      en: 'Sum of the falls between consecutive follower readings over the period',
    },
    unit: 'count',
    direction: 'lowerIsBetter',
    networks: ALL,
    sources: ['profiles'],
    lowest: 0,
    compute: f.followerLosses,
  },
  {
    id: 'connections',
    label: { fr: 'Relations', en: 'Connections' },
    formula: {
      fr: 'Nombre de relations au dernier relevé à la fin de la période',
      en: 'Connection count at the last reading by the end of the period',
    },
    unit: 'count',
    direction: 'higherIsBetter',
    networks: ['linkedin'],
    sources: ['profiles'],
    lowest: 0,
    readsAtBounds: 'connections',
    compute: f.connections,
  },
  {
    id: 'connectionNetChange',
    label: { fr: 'Variation nette des relations', en: 'Net change in connections' },
    formula: {
      fr: 'Relations à la fin − relations au début de la période',
      en: 'Connections at the end − connections at the start of the period',
    },
    unit: 'count',
    direction: 'higherIsBetter',
    networks: ['linkedin'],
    sources: ['profiles'],
    lowest: null,
    readsAtBounds: 'connections',
    compute: f.connectionNetChange,
  },
  {
    id: 'profileViews',
    label: { fr: 'Visiteurs du profil', en: 'Profile visitors' },
    formula: {
      fr: 'Visiteurs du profil indiqués par le tableau de bord au dernier relevé de la période',
      en: 'Profile visitors shown by the dashboard at the last reading of the period',
    },
    unit: 'count',
    direction: 'higherIsBetter',
    networks: ['linkedin'],
    sources: ['profiles'],
    lowest: 0,
    readsAtBounds: 'profileViews',
    compute: f.profileViews,
  },
  {
    id: 'postsPublished',
    label: { fr: 'Publications', en: 'Posts published' },
    formula: {
      fr: 'Publications des comptes parues dans la période et vues par KPI Lens',
      en: 'Posts by the accounts published in the period that KPI Lens has seen',
    },
    unit: 'count',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: ['ownPosts'],
    lowest: 0,
    compute: f.postsPublished,
  },
  {
    id: 'averageLikes',
    label: { fr: 'J’aime par publication', en: 'Likes per post' },
    formula: {
      fr: 'Moyenne des J’aime (ou réactions) des publications de la période',
      en: 'Mean likes (or reactions) of the period’s posts',
    },
    unit: 'count',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: ['ownPosts'],
    lowest: 0,
    compute: f.averageLikes,
  },
  {
    id: 'averageComments',
    label: { fr: 'Commentaires par publication', en: 'Comments per post' },
    formula: {
      fr: 'Moyenne des commentaires (ou réponses) des publications de la période',
      en: 'Mean comments (or replies) of the period’s posts',
    },
    unit: 'count',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: ['ownPosts'],
    lowest: 0,
    compute: f.averageComments,
  },
  {
    id: 'averageShares',
    label: { fr: 'Partages par publication', en: 'Shares per post' },
    formula: {
      fr: 'Moyenne des partages (ou republications) des publications de la période',
      en: 'Mean shares (or reposts) of the period’s posts',
    },
    unit: 'count',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: ['ownPosts'],
    lowest: 0,
    compute: f.averageShares,
  },
  {
    id: 'averageViews',
    label: { fr: 'Vues par publication', en: 'Views per post' },
    formula: {
      fr: 'Moyenne des vues (ou impressions, lectures) des publications de la période',
      en: 'Mean views (or impressions, plays) of the period’s posts',
    },
    unit: 'count',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: ['ownPosts'],
    lowest: 0,
    compute: f.averageViews,
  },
  {
    id: 'averageReach',
    label: { fr: 'Portée par publication', en: 'Reach per post' },
    formula: {
      fr: 'Moyenne de la portée (personnes touchées, selon les statistiques du réseau) des publications de la période',
      en: 'Mean reach (people reached, from the network’s own statistics) of the period’s posts',
    },
    unit: 'count',
    direction: 'higherIsBetter',
    networks: ['facebook', 'instagram'],
    sources: ['ownPosts'],
    lowest: 0,
    compute: f.averageReach,
  },
  {
    id: 'averageInteractions',
    label: { fr: 'Interactions par publication', en: 'Interactions per post' },
    formula: {
      fr: 'Moyenne de (J’aime + commentaires + partages) des publications de la période',
      en: 'Mean of (likes + comments + shares) of the period’s posts',
    },
    unit: 'count',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: ['ownPosts'],
    lowest: 0,
    compute: f.averageInteractions,
  },
  {
    id: 'engagementRate',
    label: { fr: 'Taux d’engagement', en: 'Engagement rate' },
    formula: {
      fr: `(J’aime + commentaires + partages) ÷ ${followersAtTime.fr} × 100, ou ÷ vues × 100 selon le dénominateur choisi ; moyenne des taux par publication`,
      en: `(likes + comments + shares) ÷ ${followersAtTime.en} × 100, or ÷ views × 100 as the chosen denominator says; mean of per-post rates`,
    },
    formulaByDenominator: {
      followers: {
        fr: `(J’aime + commentaires + partages) ÷ ${followersAtTime.fr} × 100 ; moyenne des taux par publication`,
        en: `(likes + comments + shares) ÷ ${followersAtTime.en} × 100; mean of per-post rates`,
      },
      views: {
        fr: '(J’aime + commentaires + partages) ÷ vues × 100 ; moyenne des taux par publication',
        en: '(likes + comments + shares) ÷ views × 100; mean of per-post rates',
      },
    },
    unit: 'percent',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: POST_RATE_SOURCES,
    lowest: 0,
    compute: f.engagementRate,
  },
  {
    id: 'amplification',
    label: { fr: 'Taux d’amplification', en: 'Amplification rate' },
    formula: {
      fr: `partages ÷ ${followersAtTime.fr} × 100 ; moyenne par publication`,
      en: `shares ÷ ${followersAtTime.en} × 100; mean per post`,
    },
    unit: 'percent',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: POST_RATE_SOURCES,
    lowest: 0,
    compute: f.amplification,
  },
  {
    id: 'applause',
    label: { fr: 'Taux d’applaudissement', en: 'Applause rate' },
    formula: {
      fr: `J’aime ÷ ${followersAtTime.fr} × 100 ; moyenne par publication`,
      en: `likes ÷ ${followersAtTime.en} × 100; mean per post`,
    },
    unit: 'percent',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: POST_RATE_SOURCES,
    lowest: 0,
    compute: f.applause,
  },
  {
    id: 'conversation',
    label: { fr: 'Taux de conversation', en: 'Conversation rate' },
    formula: {
      fr: `commentaires ÷ ${followersAtTime.fr} × 100 ; moyenne par publication`,
      en: `comments ÷ ${followersAtTime.en} × 100; mean per post`,
    },
    unit: 'percent',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: POST_RATE_SOURCES,
    lowest: 0,
    compute: f.conversation,
  },
  {
    id: 'virality',
    label: { fr: 'Taux de viralité', en: 'Virality rate' },
    formula: {
      fr: 'partages ÷ vues × 100 ; moyenne par publication',
      en: 'shares ÷ views × 100; mean per post',
    },
    unit: 'percent',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: ['ownPosts'],
    lowest: 0,
    compute: f.virality,
  },
  {
    id: 'mentions',
    label: { fr: 'Mentions', en: 'Mentions' },
    formula: {
      fr: 'Publications vues dans la période, d’autres auteurs, qui mentionnent un des comptes',
      en: 'Posts seen in the period, by other authors, that mention one of the accounts',
    },
    unit: 'count',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: ['seenPosts'],
    lowest: 0,
    compute: f.mentions,
  },
  {
    id: 'hashtagUses',
    label: { fr: 'Utilisations des hashtags suivis', en: 'Tracked hashtag uses' },
    formula: {
      fr: 'Publications vues dans la période qui portent un des hashtags suivis',
      en: 'Posts seen in the period that carry one of the tracked hashtags',
    },
    unit: 'count',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: ['seenPosts'],
    lowest: 0,
    compute: f.hashtagUses,
  },
  {
    id: 'clicks',
    label: { fr: 'Clics sur les liens', en: 'Link clicks' },
    formula: {
      fr: 'Clics saisis à la main pour la période (au prorata pour une saisie qui la déborde)',
      en: 'Clicks entered by hand for the period (prorated for an entry that overlaps its edge)',
    },
    unit: 'count',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: ['manual'],
    lowest: 0,
    compute: f.clicks,
  },
  {
    id: 'clickThroughRate',
    label: { fr: 'Taux de clics', en: 'Click-through rate' },
    formula: {
      fr: 'clics ÷ vues des publications de la période × 100',
      en: 'clicks ÷ views of the period’s posts × 100',
    },
    unit: 'percent',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: ['manual', 'ownPosts'],
    lowest: 0,
    compute: f.clickThroughRate,
  },
  {
    id: 'conversionRate',
    label: { fr: 'Taux de conversion', en: 'Conversion rate' },
    formula: {
      fr: 'conversions ÷ clics × 100, saisis à la main',
      en: 'conversions ÷ clicks × 100, entered by hand',
    },
    unit: 'percent',
    direction: 'higherIsBetter',
    networks: ALL,
    sources: ['manual'],
    lowest: 0,
    compute: f.conversionRate,
  },
];

export const KPI_DEFINITIONS: Readonly<Record<KpiId, KpiDefinition>> = Object.fromEntries(
  definitions.map((d) => [d.id, d]),
) as Record<KpiId, KpiDefinition>;

export interface ObjectiveDefinition {
  kind: ObjectiveKind;
  label: Localized;
  description: Localized;
  /** The KPIs that measure it, whatever the network (see `kpisFor`). */
  kpis: readonly KpiId[];
  /** The suggested pair on each network, following the brief's stress for that network. */
  defaults: Readonly<Record<Network, readonly [KpiId, KpiId]>>;
}

export const OBJECTIVES: Readonly<Record<ObjectiveKind, ObjectiveDefinition>> = {
  awareness: {
    kind: 'awareness',
    label: { fr: 'Notoriété', en: 'Brand awareness' },
    description: {
      fr: 'Se faire connaître : mentions, hashtags, vues, portée, trafic',
      en: 'Get known: mentions, hashtags, views, reach, traffic',
    },
    kpis: [
      'averageReach',
      'averageViews',
      'mentions',
      'hashtagUses',
      'virality',
      'profileViews',
      'postsPublished',
      'clicks',
    ],
    defaults: {
      facebook: ['averageReach', 'averageViews'],
      x: ['averageViews', 'mentions'],
      linkedin: ['averageViews', 'profileViews'],
      instagram: ['hashtagUses', 'mentions'],
    },
  },
  relationship: {
    kind: 'relationship',
    label: { fr: 'Relation client', en: 'Customer relationship' },
    description: {
      fr: 'Dialoguer avec sa communauté : commentaires, mentions, hashtags, J’aime, pertes d’abonnés',
      en: 'Talk with the community: comments, mentions, hashtags, likes, follower losses',
    },
    kpis: [
      'averageComments',
      'conversation',
      'mentions',
      'hashtagUses',
      'averageLikes',
      'applause',
      'followerLosses',
    ],
    defaults: {
      facebook: ['averageComments', 'mentions'],
      x: ['mentions', 'averageComments'],
      linkedin: ['conversation', 'mentions'],
      instagram: ['mentions', 'conversation'],
    },
  },
  growth: {
    kind: 'growth',
    label: { fr: 'Croissance de la communauté', en: 'Community growth' },
    description: {
      fr: 'Agrandir sa communauté : nombre d’abonnés et son évolution, taux de croissance, trafic',
      en: 'Grow the community: follower count and its evolution, growth rate, traffic',
    },
    kpis: [
      'followers',
      'followerNetChange',
      'followerGrowthRate',
      'followerLosses',
      'connections',
      'connectionNetChange',
      'profileViews',
      'clicks',
    ],
    defaults: {
      facebook: ['followerGrowthRate', 'followerNetChange'],
      x: ['followerNetChange', 'followerGrowthRate'],
      linkedin: ['followerGrowthRate', 'connectionNetChange'],
      instagram: ['followerNetChange', 'followerGrowthRate'],
    },
  },
  engagement: {
    kind: 'engagement',
    label: { fr: 'Communauté engagée', en: 'Engaged, loyal community' },
    description: {
      fr: 'Faire réagir : J’aime, partages, hashtags (interactions)',
      en: 'Make people react: likes, shares, hashtags (interactions)',
    },
    kpis: [
      'engagementRate',
      'averageInteractions',
      'averageLikes',
      'averageShares',
      'amplification',
      'applause',
      'virality',
      'hashtagUses',
      'postsPublished',
    ],
    defaults: {
      facebook: ['engagementRate', 'averageInteractions'],
      x: ['engagementRate', 'amplification'],
      linkedin: ['engagementRate', 'averageShares'],
      instagram: ['engagementRate', 'averageShares'],
    },
  },
  traffic: {
    kind: 'traffic',
    label: { fr: 'Trafic vers une autre plateforme', en: 'Drive traffic to another platform' },
    description: {
      fr: 'Amener vers un site ou une boutique : clics sur les liens, taux de conversion',
      en: 'Send people to a site or a shop: link clicks, conversion rate',
    },
    kpis: ['clicks', 'clickThroughRate', 'conversionRate'],
    defaults: {
      facebook: ['clicks', 'conversionRate'],
      x: ['clickThroughRate', 'conversionRate'],
      linkedin: ['clickThroughRate', 'conversionRate'],
      instagram: ['clicks', 'conversionRate'],
    },
  },
};

/**
 * The engagement denominator to suggest: views where pages show them on every post (X's
 * view counts, LinkedIn's impressions), followers elsewhere.
 */
export const SUGGESTED_DENOMINATOR: Readonly<Record<Network, Denominator>> = {
  facebook: 'followers',
  instagram: 'followers',
  x: 'views',
  linkedin: 'views',
};

/** The definition of a KPI id, or undefined for an id this version does not know (an old export). */
export function getKpi(id: string): KpiDefinition | undefined {
  return (KPI_IDS as readonly string[]).includes(id) ? KPI_DEFINITIONS[id as KpiId] : undefined;
}

/** The KPIs of an objective that apply to a network, the suggested pair first. */
export function kpisFor(kind: ObjectiveKind, network: Network): KpiDefinition[] {
  const objective = OBJECTIVES[kind];
  const order = [
    ...objective.defaults[network],
    ...objective.kpis.filter((id) => !objective.defaults[network].includes(id)),
  ];
  return order.map((id) => KPI_DEFINITIONS[id]).filter((d) => d.networks.includes(network));
}

export function defaultKpis(kind: ObjectiveKind, network: Network): readonly [KpiId, KpiId] {
  return OBJECTIVES[kind].defaults[network];
}

/** The formula in words for a KPI, with the user's denominator where it has one. */
export function formulaOf(id: KpiId, denominator?: Denominator): Localized {
  const def = KPI_DEFINITIONS[id];
  return (denominator && def.formulaByDenominator?.[denominator]) ?? def.formula;
}

/** Computes a KPI by id; null (no data) for an id this version does not know. */
export function computeKpi(id: string, input: KpiInput): KpiValue {
  return getKpi(id)?.compute(input) ?? null;
}
