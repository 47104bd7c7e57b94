import { DEFAULT_SETTINGS } from '../../../lib/model/settings-defaults';
import { SETTINGS_VERSION, SettingsSchema } from '../../../lib/model/settings';
import { NETWORKS } from '../../../lib/model/networks';
import { NETWORKS as SCHEMA_NETWORKS, NetworkSchema } from '../../../lib/model/records';

describe('the Zod-free constants the popup starts with', () => {
  it('default settings are exactly what the schema gives for {}', () => {
    expect(DEFAULT_SETTINGS).toEqual(SettingsSchema.parse({}));
    expect(DEFAULT_SETTINGS.version).toBe(SETTINGS_VERSION);
  });

  it('the networks are the schema’s', () => {
    expect(SCHEMA_NETWORKS).toBe(NETWORKS);
    expect(NetworkSchema.options).toEqual([...NETWORKS]);
  });
});
