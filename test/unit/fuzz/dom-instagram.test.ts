import { firstViolations, runDomFuzz, summarize } from '../../helpers/fuzz/dom-fuzz';
import { runHostileText, storeHostileReadings, type HostileReport } from '../../helpers/fuzz/hostile';
import { baseSeed, scaled } from '../../helpers/fuzz/random';
import { HOSTILE_SEEDS, siteConfig } from '../../helpers/fuzz/sites';

/**
 * Instagram's readers on thousands of mutated copies of its fixtures (feeds en/fr, post pages, a post dialog over a profile, profiles, and the served meta tags of two real captures), then on hostile text in
 * the places they copy text from. Fixtures are parsed once for both. What is mutated, the seeds and
 * the properties: docs/RELIABILITY.md.
 */
describe('Instagram readers under fuzzing', () => {
  let hostile: HostileReport | undefined;

  it('never throw, invent no figure, leak nothing of a comment, and say what they missed', () => {
    const report = runDomFuzz(siteConfig('instagram'));
    console.info(summarize(report));
    expect(firstViolations(report)).toEqual([]);
  }, 180_000);

  it('return hostile text as plain strings, never markup, and no permalink but https on Instagram', () => {
    hostile = runHostileText('instagram', baseSeed(HOSTILE_SEEDS.instagram), scaled(250));
    console.info(
      `hostile instagram: ${JSON.stringify(hostile.cases)}, ${hostile.readings.length} readings, ${hostile.violations.length} violations`,
    );
    expect(
      hostile.violations.slice(0, 8).map((v) => `[seed ${v.seed}] ${v.target} (${v.what}) → ${v.problem}`),
    ).toEqual([]);
    expect(hostile.readings.length).toBeGreaterThan(100);
    // Markup written into the page never ran: fixtures are inert documents and readers only read text.
    expect((globalThis as Record<string, unknown>).__fuzzPwned).toBeUndefined();
  }, 120_000);

  it('have those readings accepted at the background door and stored as the same plain strings', async () => {
    if (!hostile) throw new Error('the hostile cases did not run');
    expect(await storeHostileReadings(hostile)).toEqual([]);
  });
});
