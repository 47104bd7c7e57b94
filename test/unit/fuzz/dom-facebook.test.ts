import { firstViolations, runDomFuzz, summarize } from '../../helpers/fuzz/dom-fuzz';
import { runHostileText, storeHostileReadings, type HostileReport } from '../../helpers/fuzz/hostile';
import { baseSeed, scaled } from '../../helpers/fuzz/random';
import { HOSTILE_SEEDS, siteConfig } from '../../helpers/fuzz/sites';

/**
 * Facebook's readers on thousands of mutated copies of its fixtures (feeds en/fr, a Page, a group, a post dialog, a single post and the real Arabic capture), then on hostile text in
 * the places they copy text from. Fixtures are parsed once for both. What is mutated, the seeds and
 * the properties: docs/RELIABILITY.md.
 */
describe('Facebook readers under fuzzing', () => {
  let hostile: HostileReport | undefined;

  it('never throw, invent no figure, leak nothing of a comment or a nested post, and say what they missed', () => {
    const report = runDomFuzz(siteConfig('facebook'));
    console.info(summarize(report));
    expect(firstViolations(report)).toEqual([]);
  }, 180_000);

  it('return hostile text as plain strings, never markup, and no permalink but https on Facebook', () => {
    hostile = runHostileText('facebook', baseSeed(HOSTILE_SEEDS.facebook), scaled(250));
    console.info(
      `hostile facebook: ${JSON.stringify(hostile.cases)}, ${hostile.readings.length} readings, ${hostile.violations.length} violations`,
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
