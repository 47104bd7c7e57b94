import { BadgeFormatter } from '../../../lib/badges/format';
import { samplePostBadge } from '../../helpers/badges';
import type { PostBadge } from '../../../lib/model/messages';

const badge: PostBadge = samplePostBadge();

describe('BadgeFormatter', () => {
  it('writes a post’s engagement and comparison in French, with the formula in the tooltip', () => {
    const chip = new BadgeFormatter('fr', 'fr-FR').post(badge);
    expect(chip?.parts.map((p) => p.text)).toEqual(['Engagement 2,5\u00a0%', '×1,8 méd.']);
    expect(chip?.parts.map((p) => p.tone)).toEqual(['', 'up']);
    expect(chip?.label).toBe('Engagement 2,5\u00a0% · ×1,8 méd.');
    expect(chip?.tooltip).toContain('(J’aime + commentaires + partages) ÷ vues × 100');
    expect(chip?.tooltip).toContain('753 interactions ÷ 30\u202f142 = 2,5\u00a0%');
    expect(chip?.tooltip).toContain('×1,8 la médiane de ses 30 dernières publications');
    expect(chip?.tooltip.split('\n').at(-1)).toBe('KPI Lens — calculé sur votre appareil');
  });

  it('writes English with English numbers, and a rounded rate as a range', () => {
    const rounded: PostBadge = {
      ...badge,
      versusMedian: undefined,
      engagement: { ...badge.engagement!, rate: { value: 2.5, min: 2.4, max: null } },
    };
    const chip = new BadgeFormatter('en', 'en-US').post(rounded);
    expect(chip?.label).toBe('Engagement 2.5%');
    expect(chip?.tooltip).toContain('753 interactions ÷ 30,142 = 2.5%');
    expect(chip?.tooltip).toContain('Rounded by the site: possible range 2.4% – ∞.');
  });

  it('says nothing when there is nothing true to say', () => {
    expect(new BadgeFormatter('en', 'en-US').post({ postId: '1', own: false })).toBeNull();
    expect(new BadgeFormatter('en', 'en-US').profile({ handle: 'a', own: true })).toBeNull();
  });

  it('writes a profile’s follower change with a sign, parts separated by a dot', () => {
    const chip = new BadgeFormatter('en', 'en-US').profile({
      handle: 'a',
      own: true,
      sinceFirst: { change: 200, at: '2026-11-01T00:00:00.000Z' },
      sincePrevious: { change: -3, at: '2026-11-20T00:00:00.000Z' },
    });
    expect(chip?.parts.map((p) => p.text)).toEqual([
      'Your account',
      '·',
      '+200 followers since your first visit (Nov 1, 2026)',
    ]);
    expect(chip?.tooltip).toContain('−3 since your previous visit (Nov 20, 2026)');
  });

  it('falls back to the language when the locale is not one Intl knows', () => {
    const chip = new BadgeFormatter('fr', 'zz-nonsense-locale-123').post(badge);
    expect(chip?.label).toContain('Engagement 2,5');
  });
});
