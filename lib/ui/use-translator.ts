import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { browser } from 'wxt/browser';
import { createTranslator, pickLanguage, type Translator } from '../i18n/translate';
import type { Settings } from '../model/settings';
import { DEFAULT_SETTINGS } from '../model/settings';
import { loadSettings, SETTINGS_KEY } from '../settings/store';

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

/** Loads the settings once and follows changes made elsewhere (the options page, another window). */
export function useSettingsSync(): void {
  const setSettings = useSettingsStore((s) => s.setSettings);
  useEffect(() => {
    let alive = true;
    const reload = () => void loadSettings().then((s) => alive && setSettings(s));
    reload();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [setSettings]);
}

export function useTranslator(): Translator {
  const choice = useSettingsStore((s) => s.settings.language);
  return useMemo(() => {
    const browserLocale = globalThis.navigator?.language;
    return createTranslator(pickLanguage(choice, browserLocale), browserLocale);
  }, [choice]);
}
