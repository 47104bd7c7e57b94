import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { create } from 'zustand';
import { useStoredValue } from './use-stored-value';
import { createTranslator, pickLanguage, type Translator } from '../i18n/translate';
import type { Settings } from '../model/settings';
import { DEFAULT_SETTINGS } from '../model/settings-defaults';
import type { FirstFrameSettings } from '../settings/first-frame';
import { SETTINGS_KEY } from '../settings/key';

interface SettingsState {
  settings: Settings;
  /** The full, validated settings have been loaded (until then: the defaults, or the popup's early fields). */
  loaded: boolean;
  setSettings: (settings: Settings) => void;
  /**
   * The popup's first frame's fields, read without Zod before the full settings (main.tsx). Ignored
   * once the full settings are loaded: those win, whatever order the two arrive in.
   */
  applyFirstFrame: (fields: FirstFrameSettings) => void;
}

/** UI state shared by the popup and the options page: the user's settings as last loaded. */
export const useSettingsStore = create<SettingsState>((set) => ({
  settings: DEFAULT_SETTINGS,
  loaded: false,
  setSettings: (settings) => set({ settings, loaded: true }),
  applyFirstFrame: ({ language, trackedHashtags }) =>
    set((state) => (state.loaded ? state : { settings: { ...state.settings, language, trackedHashtags } })),
}));

/**
 * The settings' loader (migrations and Zod validation) is fetched on first use: the popup starts
 * with the defaults and the first frame's fields (main.tsx) and does not wait for the schemas' code
 * before it queries the database.
 */
const loadSettingsLazily = async (): Promise<Settings> => (await import('../settings/store')).loadSettings();

/**
 * If what `ready` waits for never comes (the popup's figures, when the database fails), the full
 * settings are loaded after this long anyway, so that changes made elsewhere are followed.
 */
const FULL_LOAD_AT_LATEST_MS = 2000;

/**
 * Loads the settings once and follows changes made elsewhere (the options page, another window).
 * `ready` false holds the load (and the following) back: the popup passes whether its first figures
 * are on screen, so the schemas' chunk does not compete with them; a change made meanwhile is read
 * by the load when it starts. The options page loads at once.
 */
export function useSettingsSync(ready = true): void {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(() => setLate(true), FULL_LOAD_AT_LATEST_MS);
    return () => clearTimeout(timer);
  }, [ready]);
  useStoredValue(
    SETTINGS_KEY,
    loadSettingsLazily,
    useSettingsStore((s) => s.setSettings),
    ready || late,
  );
}

/**
 * The page's own language follows the translator's: screen readers, spell checkers and the
 * browser's hyphenation read it from `<html lang>`, not from an inner element. Set before the
 * browser paints the frame whose text is in that language.
 */
export function useDocumentLanguage(language: string): void {
  useLayoutEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}

export function useTranslator(): Translator {
  const choice = useSettingsStore((s) => s.settings.language);
  return useMemo(() => {
    const browserLocale = globalThis.navigator?.language;
    return createTranslator(pickLanguage(choice, browserLocale), browserLocale);
  }, [choice]);
}
