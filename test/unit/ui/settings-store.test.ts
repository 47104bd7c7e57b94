import { DEFAULT_SETTINGS } from '../../../lib/model/settings-defaults';
import { useSettingsStore } from '../../../lib/ui/use-translator';

beforeEach(() => useSettingsStore.setState({ settings: DEFAULT_SETTINGS, loaded: false }));

describe('the settings store', () => {
  it('takes the first frame’s fields without calling the settings loaded', () => {
    useSettingsStore.getState().applyFirstFrame({ language: 'fr', trackedHashtags: ['lyon'] });
    const { settings, loaded } = useSettingsStore.getState();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, language: 'fr', trackedHashtags: ['lyon'] });
    expect(loaded).toBe(false);
  });

  it('keeps the full settings when the first frame’s fields come after them', () => {
    const full = { ...DEFAULT_SETTINGS, language: 'en' as const, trackedHashtags: ['paris'] };
    useSettingsStore.getState().setSettings(full);
    useSettingsStore.getState().applyFirstFrame({ language: 'fr', trackedHashtags: ['lyon'] });
    expect(useSettingsStore.getState()).toMatchObject({ settings: full, loaded: true });
  });
});
