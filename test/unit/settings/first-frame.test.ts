import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser } from 'wxt/browser';
import { SETTINGS_VERSION, SettingsSchema } from '../../../lib/model/settings';
import {
  FIRST_FRAME_VERSIONS,
  firstFrameSettingsFrom,
  readFirstFrameSettings,
} from '../../../lib/settings/first-frame';
import { SETTINGS_KEY } from '../../../lib/settings/key';
import { settingsFromStored } from '../../../lib/settings/migrations';
import { seededRandom } from '../../../lib/bench/year-of-data';

const FIXTURES = join(__dirname, 'fixtures');
const FIXTURE_NAMES = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

const DEFAULTS = { language: 'auto', trackedHashtags: [] };
/** What the full loader (migrations and Zod) makes of the two fields. */
const fullLoaderFields = (raw: unknown) => {
  const { language, trackedHashtags } = settingsFromStored(raw);
  return { language, trackedHashtags };
};
const current = (fields: Record<string, unknown>) => ({ version: SETTINGS_VERSION, ...fields });

describe('the popup’s first-frame settings, read without Zod', () => {
  it('reads the language and tracked hashtags of current settings', () => {
    expect(firstFrameSettingsFrom(fixture('v2-current.json'))).toEqual({
      language: 'fr',
      trackedHashtags: ['pain'],
    });
  });

  it('reads v1 settings, stored before settings had a version, as they are', () => {
    expect(firstFrameSettingsFrom(fixture('v1-custom.json'))).toEqual({
      language: 'fr',
      trackedHashtags: ['lyon', 'café', '東京', '<script>alert(1)</script>'],
    });
    expect(firstFrameSettingsFrom(fixture('v1-partial.json'))).toEqual({
      language: 'en',
      trackedHashtags: ['kpi'],
    });
  });

  it('gives the defaults when nothing is stored, or not an object', () => {
    for (const raw of [undefined, null, 'fr', 42, true, [], ['fr'], () => 'fr']) {
      expect(firstFrameSettingsFrom(raw)).toEqual(DEFAULTS);
    }
  });

  it('falls back to the browser’s language for anything but auto, fr or en, keeping the hashtags', () => {
    for (const language of ['de', 'FR', 'fr-FR', ' en', '', null, 1, {}, ['fr'], undefined]) {
      expect(firstFrameSettingsFrom(current({ language, trackedHashtags: ['lyon'] }))).toEqual({
        language: 'auto',
        trackedHashtags: ['lyon'],
      });
    }
  });

  it('drops hashtags the schema would refuse, keeping the language', () => {
    const sparse: unknown[] = ['lyon'];
    sparse[2] = 'paris';
    const refused: unknown[] = [
      'lyon',
      { 0: 'lyon', length: 1 },
      [''],
      ['x'.repeat(141)],
      ['lyon', 42],
      ['lyon', null],
      [['lyon']],
      [{ toString: () => 'lyon' }],
      sparse,
      Array.from({ length: 201 }, (_, i) => `tag${i}`),
      new Array(1_000_000).fill('lyon'),
    ];
    for (const trackedHashtags of refused) {
      expect(firstFrameSettingsFrom(current({ language: 'fr', trackedHashtags }))).toEqual({
        language: 'fr',
        trackedHashtags: [],
      });
    }
  });

  it('keeps hashtags at the schema’s bounds: 200 of them, 1 to 140 characters', () => {
    const bounds = [
      Array.from({ length: 200 }, (_, i) => `t${i}`),
      ['x', 'y'.repeat(140)],
      ['#', ' ', '\u202e'],
    ];
    for (const trackedHashtags of bounds) {
      expect(firstFrameSettingsFrom(current({ trackedHashtags })).trackedHashtags).toEqual(trackedHashtags);
    }
  });

  it('gives the defaults for settings of a version it does not know', () => {
    for (const version of [SETTINGS_VERSION + 1, 0, -1, 1.5, '2', null, NaN, undefined]) {
      expect(firstFrameSettingsFrom({ version, language: 'fr', trackedHashtags: ['lyon'] })).toEqual(
        DEFAULTS,
      );
    }
  });

  it('never throws on hostile values', () => {
    const throwing = Object.defineProperty({ version: SETTINGS_VERSION }, 'language', {
      get: () => {
        throw new Error('hostile getter');
      },
    });
    const proxy = new Proxy(
      {},
      {
        has: () => {
          throw new Error('hostile proxy');
        },
      },
    );
    const hashtagsProxy = current({
      trackedHashtags: new Proxy(['lyon'], {
        get: () => {
          throw new Error('hostile array');
        },
      }),
    });
    for (const raw of [throwing, proxy, hashtagsProxy]) expect(firstFrameSettingsFrom(raw)).toEqual(DEFAULTS);
  });

  it('knows the current settings version: bumping it means checking this reader', () => {
    expect(FIRST_FRAME_VERSIONS).toContain(SETTINGS_VERSION);
  });

  for (const name of FIXTURE_NAMES) {
    it(`${name}: agrees with the full loader`, () => {
      const raw = fixture(name);
      expect(firstFrameSettingsFrom(raw)).toEqual(fullLoaderFields(raw));
    });
  }
});

describe('the first-frame reader against the full loader, on random stored settings', () => {
  const CASES = 2000;
  const ABSENT = Symbol('absent');

  function randomStored(random: () => number): Record<string, unknown> {
    const pick = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)] as T;
    const tag = () =>
      pick<unknown>([
        'lyon',
        'x'.repeat(Math.floor(random() * 142)),
        '',
        42,
        null,
        undefined,
        ['lyon'],
        { tag: 'lyon' },
      ]);
    const tags = () => {
      const length = pick([0, 1, 2, 3, 199, 200, 201]);
      // Mostly well-formed arrays, so that accepted values are tried too.
      const wellFormed = random() < 0.6;
      return Array.from({ length }, (_, i) =>
        wellFormed ? `t${i}`.repeat(1 + Math.floor(random() * 20)) : tag(),
      );
    };
    const fields: Record<string, unknown> = {
      version: pick<unknown>([
        ABSENT,
        ABSENT,
        1,
        2,
        SETTINGS_VERSION,
        SETTINGS_VERSION + 1,
        0,
        '2',
        null,
        1.5,
      ]),
      language: pick<unknown>([ABSENT, 'auto', 'fr', 'en', 'de', 'FR', '', null, 1, { fr: true }]),
      trackedHashtags: pick<unknown>([ABSENT, 'lyon', null, {}, 7, tags(), tags(), tags()]),
      // Other fields, good or bad, so that the full loader's salvage paths are taken too.
      debug: pick<unknown>([ABSENT, true, 'yes']),
      snapshotIntervalMinutes: pick<unknown>([ABSENT, 30, -5]),
      retentionMonths: pick<unknown>([ABSENT, 6, 'six']),
      theme: pick<unknown>([ABSENT, 'dark']),
    };
    return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== ABSENT));
  }

  it('gives exactly what the full loader gives for every version it knows, the defaults otherwise', () => {
    const random = seededRandom(0x66697273);
    let accepted = 0;
    for (let i = 0; i < CASES; i++) {
      const raw = randomStored(random);
      const early = firstFrameSettingsFrom(raw);
      // Whatever it returns is a valid pair of settings fields.
      expect(SettingsSchema.safeParse(early).success, JSON.stringify(raw)).toBe(true);
      const version = 'version' in raw ? raw.version : 1;
      const known = typeof version === 'number' && FIRST_FRAME_VERSIONS.includes(version);
      expect(early, JSON.stringify(raw)).toEqual(known ? fullLoaderFields(raw) : DEFAULTS);
      if (early.language !== 'auto' || early.trackedHashtags.length > 0) accepted++;
    }
    // The generator is not so hostile that only the defaults are ever tried.
    expect(accepted).toBeGreaterThan(CASES / 10);
  });
});

describe('readFirstFrameSettings', () => {
  it('reads them from storage.local', async () => {
    await browser.storage.local.set({
      [SETTINGS_KEY]: current({ language: 'fr', trackedHashtags: ['lyon'] }),
    });
    expect(await readFirstFrameSettings()).toEqual({ language: 'fr', trackedHashtags: ['lyon'] });
  });

  it('gives the defaults when nothing is stored', async () => {
    expect(await readFirstFrameSettings()).toEqual(DEFAULTS);
  });

  it('gives the defaults when storage fails, or answers nonsense', async () => {
    vi.spyOn(browser.storage.local, 'get').mockRejectedValueOnce(new Error('storage gone'));
    expect(await readFirstFrameSettings()).toEqual(DEFAULTS);
    vi.spyOn(browser.storage.local, 'get').mockImplementationOnce(() => {
      throw new Error('no storage permission');
    });
    expect(await readFirstFrameSettings()).toEqual(DEFAULTS);
    vi.spyOn(browser.storage.local, 'get').mockResolvedValueOnce(undefined as never);
    expect(await readFirstFrameSettings()).toEqual(DEFAULTS);
  });
});
