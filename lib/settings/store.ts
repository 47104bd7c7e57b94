import { browser } from 'wxt/browser';
import { SettingsSchema, type Settings } from '../model/settings';
import { settingsFromStored } from './migrations';

/** Settings live in `storage.local` so content scripts can read them without the database. */
export const SETTINGS_KEY = 'settings';

/**
 * The user's settings: stored ones of any version are migrated (lib/settings/migrations.ts), and a
 * damaged value falls back to the defaults field by field.
 */
export async function loadSettings(): Promise<Settings> {
  const stored: Record<string, unknown> = await browser.storage.local.get(SETTINGS_KEY);
  return settingsFromStored(stored[SETTINGS_KEY]);
}

/** Stores the settings as `{ version, ...fields }`, the fields at the top level. */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: SettingsSchema.parse(settings) });
}
