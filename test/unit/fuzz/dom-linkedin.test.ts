import { firstViolations, runDomFuzz, summarize } from '../../helpers/fuzz/dom-fuzz';
import { runHostileText, storeHostileReadings, type HostileReport } from '../../helpers/fuzz/hostile';
import { baseSeed, scaled } from '../../helpers/fuzz/random';
import { HOSTILE_SEEDS, siteConfig } from '../../helpers/fuzz/sites';

/**
 * LinkedIn's readers on thousands of mutated copies of its fixtures (classic and 2025–26 feeds, recent activity, a single update, profiles, the owner's analytics pages and dashboard, two real captures), then on hostile text in
 * the places they copy text from. Fixtures are parsed once for both. What is mutated, the seeds and
 * the properties: docs/RELIABILITY.md.
 */
describe('LinkedIn readers under fuzzing', () => {
  let hostile: HostileReport | undefined;

  it('never throw, invent no figure, leak nothing of a reshared update or a comment, and say what they missed', () => {
    const report = runDomFuzz(siteConfig('linkedin'));
    console.info(summarize(report));
    expect(firstViolations(report)).toEqual([]);
  }, 180_000);

  it('return hostile text as plain strings, never markup, and no permalink but https on LinkedIn', () => {
    hostile = runHostileText('linkedin', baseSeed(HOSTILE_SEEDS.linkedin), scaled(250));
    console.info(
      `hostile linkedin: ${JSON.stringify(hostile.cases)}, ${hostile.readings.length} readings, ${hostile.violations.length} violations`,
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
