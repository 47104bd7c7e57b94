import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser } from 'wxt/browser';
import { pageSettingsFrom } from '../../../lib/collect/page-settings';
import { importDocument } from '../../../lib/export/import';
import { NETWORKS } from '../../../lib/model/records';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  SettingsSchema,
  type Settings,
} from '../../../lib/model/settings';
import {
  migrateSettings,
  SETTINGS_MIGRATIONS,
  settingsFromStored,
  type SettingsMigration,
} from '../../../lib/settings/migrations';
import { loadSettings, saveSettings, SETTINGS_KEY } from '../../../lib/settings/store';
import { documentWith, openTestDatabase } from '../export/helpers';

const FIXTURES = join(__dirname, 'fixtures');
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;
const WELL_FORMED = readdirSync(FIXTURES).filter((f) => f.endsWith('.json') && f !== 'malformed.json');

describe('settings migrations', () => {
  it('has one step per version, in order, up to the current one', () => {
    expect(SETTINGS_MIGRATIONS.map((m) => m.from)).toEqual(
      Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 1),
    );
    expect(DEFAULT_SETTINGS.version).toBe(SETTINGS_VERSION);
    expect(DEFAULT_SETTINGS.retentionMonths).toBe(0);
  });

  it('keeps a fixture of every older version', () => {
    const versions = new Set(WELL_FORMED.map((f) => Number(/^v(\d+)/.exec(f)?.[1])));
    for (let v = 1; v <= SETTINGS_VERSION; v++) expect(versions.has(v)).toBe(true);
  });

  for (const name of WELL_FORMED) {
    it(`${name}: migrates to the current version with every field intact`, () => {
      const stored = fixture(name);
      const migrated = migrateSettings(stored);
      expect(migrated.ok).toBe(true);
      if (!migrated.ok) return;
      const settings = SettingsSchema.parse(migrated.settings);
      expect(settings.version).toBe(SETTINGS_VERSION);
      for (const [key, value] of Object.entries(stored)) {
        if (key !== 'version') expect(settings[key as keyof Settings]).toEqual(value);
      }
      // What the fixture did not say takes its default; v1 kept everything.
      for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
        if (!(key in stored)) expect(settings[key]).toEqual(DEFAULT_SETTINGS[key]);
      }
      expect(settingsFromStored(stored)).toEqual(settings);
    });
  }

  it('v1 settings keep everything (retention 0)', () => {
    const migrated = migrateSettings(fixture('v1-custom.json'));
    expect(migrated).toMatchObject({ ok: true, from: 1, settings: { version: 2, retentionMonths: 0 } });
  });

  it('malformed settings keep every valid field and fall back to the default for the others', () => {
    const settings = settingsFromStored(fixture('malformed.json'));
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      overlays: { x: false, instagram: true, facebook: true, linkedin: true },
      trackedHashtags: ['lyon'],
      debug: true,
    });
    expect(SettingsSchema.parse(settings)).toEqual(settings);
  });

  it('refuses what it cannot migrate, and settingsFromStored still answers', () => {
    expect(migrateSettings('nope')).toEqual({ ok: false, reason: 'not-an-object' });
    expect(migrateSettings([])).toEqual({ ok: false, reason: 'not-an-object' });
    expect(migrateSettings({ version: 'two' })).toEqual({ ok: false, reason: 'bad-version' });
    expect(migrateSettings({ version: 99 })).toEqual({ ok: false, reason: 'future-version' });
    expect(migrateSettings({}, [])).toEqual({ ok: false, reason: 'missing-step' });
    const throwing: SettingsMigration[] = [
      {
        from: 1,
        migrate: () => {
          throw new Error('boom');
        },
      },
    ];
    expect(migrateSettings({}, throwing)).toEqual({ ok: false, reason: 'step-failed' });
    for (const raw of [undefined, null, 'nope', 42, [], { version: 99, language: 'fr' }]) {
      expect(SettingsSchema.parse(settingsFromStored(raw))).toEqual(settingsFromStored(raw));
    }
    // A future version keeps the fields it shares with this one.
    expect(settingsFromStored({ version: 99, language: 'fr' }).language).toBe('fr');
  });
});

describe('loadSettings and saveSettings', () => {
  it('loads every stored fixture migrated, and stores settings with their version at the top level', async () => {
    for (const name of [...WELL_FORMED, 'malformed.json']) {
      await browser.storage.local.set({ [SETTINGS_KEY]: fixture(name) });
      expect(await loadSettings()).toEqual(settingsFromStored(fixture(name)));
    }
    const settings: Settings = { ...DEFAULT_SETTINGS, retentionMonths: 3, language: 'fr' };
    await saveSettings(settings);
    const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, unknown>;
    expect(stored).toMatchObject({ version: SETTINGS_VERSION, retentionMonths: 3, language: 'fr' });
    expect(await loadSettings()).toEqual(settings);
  });

  it('the content scripts still read the stored settings without Zod', async () => {
    await saveSettings({
      ...DEFAULT_SETTINGS,
      debug: true,
      language: 'en',
      collect: { ...DEFAULT_SETTINGS.collect, facebook: false },
      overlays: { ...DEFAULT_SETTINGS.overlays, linkedin: true },
    });
    const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    for (const network of NETWORKS) {
      expect(pageSettingsFrom(stored, network)).toEqual({
        collect: network !== 'facebook',
        overlays: true,
        debug: true,
        language: 'en',
      });
    }
  });
});

describe('import with includeSettings', () => {
  for (const name of WELL_FORMED) {
    it(`migrates ${name} found in an export document before saving it`, async () => {
      const db = openTestDatabase();
      try {
        let saved: Settings | undefined;
        const result = await importDocument(db, JSON.stringify(documentWith({ settings: fixture(name) })), {
          includeSettings: true,
          saveSettings: async (s) => {
            saved = s;
          },
        });
        expect(result.ok).toBe(true);
        expect(saved).toEqual(settingsFromStored(fixture(name)));
      } finally {
        await db.delete();
      }
    });
  }

  it('refuses an export whose settings are malformed, naming the field', async () => {
    const db = openTestDatabase();
    try {
      const result = await importDocument(
        db,
        JSON.stringify(documentWith({ settings: fixture('malformed.json') })),
      );
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.path).toMatch(/^settings/);
    } finally {
      await db.delete();
    }
  });
});
