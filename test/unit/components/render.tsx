import { act, render } from '@testing-library/react';
import { browser } from 'wxt/browser';
import type { ReactElement } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/model/settings';
import { SETTINGS_KEY } from '../../../lib/settings/store';
import { useSettingsStore } from '../../../lib/ui/use-translator';

/** Stores the user's settings (language first) as the options page would, before the UI loads them. */
export async function withSettings(patch: Partial<Settings>): Promise<void> {
  useSettingsStore.setState({ settings: DEFAULT_SETTINGS, loaded: false });
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, ...patch } });
}

export function renderUi(ui: ReactElement) {
  return render(ui);
}

/** Lets live queries still in flight at the end of a test land inside act(), before the database goes. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}
