import { useMemo } from 'react';
import { create } from 'zustand';
import { useStoredValue } from './use-stored-value';
import { createTranslator, pickLanguage, type Translator } from '../i18n/translate';
import type { Settings } from '../model/settings';
import { DEFAULT_SETTINGS } from '../model/settings-defaults';
import { SETTINGS_KEY } from '../settings/key';

interface SettingsState {
  settings: Settings;
  loaded: boolean;
  setSettings: (settings: Settings) => void;
}

/** UI state shared by the popup and the options page: the user's settings as last loaded. */
export const useSettingsStore = create<SettingsState>((set) => ({
  settings: DEFAULT_SETTINGS,
  loaded: false,
  setSettings: (settings) => set({ settings, loaded: true }),
}));

/**
 * The settings' loader (migrations and Zod validation) is fetched on first use: the popup starts
 * with the defaults and does not wait for the schemas' code before it queries the database.
 */
const loadSettingsLazily = async (): Promise<Settings> => (await import('../settings/store')).loadSettings();

/** Loads the settings once and follows changes made elsewhere (the options page, another window). */
export function useSettingsSync(): void {
  useStoredValue(
    SETTINGS_KEY,
    loadSettingsLazily,
    useSettingsStore((s) => s.setSettings),
  );
}

export function useTranslator(): Translator {
  const choice = useSettingsStore((s) => s.settings.language);
  return useMemo(() => {
    const browserLocale = globalThis.navigator?.language;
    return createTranslator(pickLanguage(choice, browserLocale), browserLocale);
  }, [choice]);
}
