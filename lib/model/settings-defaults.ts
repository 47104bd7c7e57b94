import type { Settings } from './settings';

/**
 * The default settings, without Zod, so that the popup can start with them before the settings
 * schema (lib/model/settings.ts) is loaded. test/unit/model/settings-defaults.test.ts checks that
 * they are exactly what `SettingsSchema.parse({})` gives.
 */
export const DEFAULT_SETTINGS: Settings = {
  version: 2,
  snapshotIntervalMinutes: 60,
  collect: { x: true, instagram: true, facebook: true, linkedin: true },
  overlays: { x: true, instagram: true, facebook: true, linkedin: false },
  trackedHashtags: [],
  language: 'auto',
  debug: false,
  retentionMonths: 0,
};
