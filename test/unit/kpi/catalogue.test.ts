import { NETWORKS } from '../../../lib/model/records';
import { OBJECTIVE_KINDS } from '../../../lib/model/objectives';
import {
  KPI_DEFINITIONS,
  KPI_IDS,
  OBJECTIVES,
  SUGGESTED_DENOMINATOR,
  computeKpi,
  defaultKpis,
  formulaOf,
  getKpi,
  kpisFor,
} from '../../../lib/kpi/catalogue';
import { followersAt, kpiInput, mar } from './fixtures';

describe('KPI catalogue', () => {
  it('defines every KPI once, with French and English label and formula', () => {
    expect(Object.keys(KPI_DEFINITIONS).sort()).toEqual([...KPI_IDS].sort());
    for (const id of KPI_IDS) {
      const def = KPI_DEFINITIONS[id];
      expect(def.id).toBe(id);
      for (const text of [def.label, def.formula]) {
        expect(text.fr.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
      expect(def.networks.length).toBeGreaterThan(0);
      expect(def.sources.length).toBeGreaterThan(0);
    }
  });

  it('marks follower losses as lower-is-better and rates as percentages', () => {
    expect(KPI_DEFINITIONS.followerLosses.direction).toBe('lowerIsBetter');
    expect(KPI_IDS.filter((id) => KPI_DEFINITIONS[id].direction === 'lowerIsBetter')).toEqual([
      'followerLosses',
    ]);
    expect(KPI_DEFINITIONS.engagementRate.unit).toBe('percent');
    expect(KPI_DEFINITIONS.followerGrowthRate.unit).toBe('percent');
    expect(KPI_DEFINITIONS.followers.unit).toBe('count');
  });

  it('puts every KPI under at least one objective', () => {
    const used = new Set(OBJECTIVE_KINDS.flatMap((k) => OBJECTIVES[k].kpis));
    expect([...used].sort()).toEqual([...KPI_IDS].sort());
  });

  it('measures each objective with the KPIs the brief names', () => {
    expect(OBJECTIVES.awareness.kpis).toEqual(
      expect.arrayContaining(['mentions', 'hashtagUses', 'averageViews', 'averageReach', 'clicks']),
    );
    expect(OBJECTIVES.relationship.kpis).toEqual(
      expect.arrayContaining([
        'averageComments',
        'mentions',
        'hashtagUses',
        'averageLikes',
        'followerLosses',
      ]),
    );
    expect(OBJECTIVES.growth.kpis).toEqual(
      expect.arrayContaining(['followers', 'followerNetChange', 'followerGrowthRate', 'clicks']),
    );
    expect(OBJECTIVES.engagement.kpis).toEqual(
      expect.arrayContaining(['averageLikes', 'averageShares', 'hashtagUses', 'engagementRate']),
    );
    expect(OBJECTIVES.traffic.kpis).toEqual(['clicks', 'clickThroughRate', 'conversionRate']);
  });

  it('suggests two distinct KPIs of the objective that apply on each network', () => {
    for (const kind of OBJECTIVE_KINDS) {
      for (const network of NETWORKS) {
        const [a, b] = defaultKpis(kind, network);
        expect(a).not.toBe(b);
        for (const id of [a, b]) {
          expect(OBJECTIVES[kind].kpis).toContain(id);
          expect(KPI_DEFINITIONS[id].networks).toContain(network);
        }
        expect(
          kpisFor(kind, network)
            .slice(0, 2)
            .map((d) => d.id),
        ).toEqual([a, b]);
      }
    }
  });

  it('follows each network’s stress in its suggestions', () => {
    expect(defaultKpis('awareness', 'facebook')).toEqual(['averageReach', 'averageViews']);
    expect(defaultKpis('engagement', 'facebook')).toEqual(['engagementRate', 'averageInteractions']);
    expect(defaultKpis('growth', 'x')).toEqual(['followerNetChange', 'followerGrowthRate']);
    expect(defaultKpis('engagement', 'x')).toEqual(['engagementRate', 'amplification']);
    expect(defaultKpis('growth', 'linkedin')).toContain('connectionNetChange');
    expect(defaultKpis('awareness', 'linkedin')).toEqual(['averageViews', 'profileViews']);
    expect(defaultKpis('engagement', 'instagram')).toEqual(['engagementRate', 'averageShares']);
    expect(defaultKpis('awareness', 'instagram')).toEqual(['hashtagUses', 'mentions']);
    expect(SUGGESTED_DENOMINATOR).toEqual({
      facebook: 'followers',
      instagram: 'followers',
      x: 'views',
      linkedin: 'views',
    });
  });

  it('offers LinkedIn-only KPIs on LinkedIn only', () => {
    expect(kpisFor('growth', 'linkedin').map((d) => d.id)).toContain('connections');
    expect(kpisFor('growth', 'x').map((d) => d.id)).not.toContain('connections');
    expect(kpisFor('awareness', 'x').map((d) => d.id)).not.toContain('averageReach');
  });

  it('shows the formula for the chosen denominator', () => {
    expect(formulaOf('engagementRate', 'views').fr).toContain('÷ vues × 100');
    expect(formulaOf('engagementRate', 'followers').en).toContain('followers at the time of the post');
    expect(formulaOf('engagementRate')).toBe(KPI_DEFINITIONS.engagementRate.formula);
    expect(formulaOf('followers', 'views')).toBe(KPI_DEFINITIONS.followers.formula);
  });

  it('computes by id, and gives no data for an id it does not know', () => {
    const input = kpiInput({ profileSnapshots: [followersAt('acme', mar(5), 1234)] });
    expect(computeKpi('followers', input)?.value).toBe(1234);
    expect(getKpi('retiredKpi')).toBeUndefined();
    expect(getKpi('toString')).toBeUndefined();
    expect(computeKpi('retiredKpi', input)).toBeNull();
  });
});
