/**
 * The on-page badges' words, in French and English. The background composes the badges' text
 * (lib/badges/format.ts), so neither these words nor number formatting weigh on the content scripts.
 */
export const BADGE_TEXT = {
  fr: {
    engagement: 'Engagement',
    own: 'Votre compte',
    vsMedian: '×{ratio} la médiane de ses {posts} dernières publications',
    vsMedianShort: '×{ratio} méd.',
    formulaViews: '(J’aime + commentaires + partages) ÷ vues × 100',
    formulaFollowers: '(J’aime + commentaires + partages) ÷ abonnés au moment de la publication × 100',
    formulaViewsNoShares: '(J’aime + commentaires) ÷ vues × 100 (ce réseau n’affiche pas les partages)',
    formulaFollowersNoShares:
      '(J’aime + commentaires) ÷ abonnés au moment de la publication × 100 (ce réseau n’affiche pas les partages)',
    figures: '{interactions} interactions ÷ {denominator} = {rate}',
    rounded: 'Chiffres arrondis par le site : intervalle possible {min} – {max}.',
    followersSinceFirst: '{change} abonnés depuis votre première visite ({date})',
    followersSincePrevious: '{change} depuis votre visite précédente ({date})',
    objectiveGrowth: 'Croissance depuis le début de l’objectif ({date}) : {rate}',
    source: 'KPI Lens — calculé sur votre appareil',
  },
  en: {
    engagement: 'Engagement',
    own: 'Your account',
    vsMedian: '×{ratio} the median of their last {posts} posts',
    vsMedianShort: '×{ratio} median',
    formulaViews: '(likes + comments + shares) ÷ views × 100',
    formulaFollowers: '(likes + comments + shares) ÷ followers at the time of the post × 100',
    formulaViewsNoShares: '(likes + comments) ÷ views × 100 (this network does not show shares)',
    formulaFollowersNoShares:
      '(likes + comments) ÷ followers at the time of the post × 100 (this network does not show shares)',
    figures: '{interactions} interactions ÷ {denominator} = {rate}',
    rounded: 'Rounded by the site: possible range {min} – {max}.',
    followersSinceFirst: '{change} followers since your first visit ({date})',
    followersSincePrevious: '{change} since your previous visit ({date})',
    objectiveGrowth: 'Growth since the objective started ({date}): {rate}',
    source: 'KPI Lens — computed on your device',
  },
} as const;

export type BadgeLanguage = keyof typeof BADGE_TEXT;
export type BadgeKey = keyof (typeof BADGE_TEXT)['fr'];
