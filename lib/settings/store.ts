import { browser } from 'wxt/browser';
import { SettingsSchema, type Settings } from '../model/settings';
import { settingsFromStored } from './migrations';
import { SETTINGS_KEY } from './key';

export { SETTINGS_KEY } from './key';

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
