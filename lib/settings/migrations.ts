import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, type Settings } from '../model/settings';

export { SETTINGS_VERSION } from '../model/settings';

/**
 * Migrations of the stored settings, one step per version, in order. Settings are stored as
 * `{ version, ...fields }`; version 1 is what KPI Lens stored before settings carried a version
 * (no `version` key at all). When the settings change:
 *   1. bump SETTINGS_VERSION in lib/model/settings.ts;
 *   2. add the step `{ from: N, migrate }` here;
 *   3. add `vN+1.json` to test/unit/settings/fixtures/ (the previous fixtures must still migrate).
 *
 * The content scripts read `collect`, `overlays`, `debug` and `language` at the top level without
 * Zod (lib/collect/page-settings.ts): those fields stay at the top level, under those names.
 *
 * A step receives whatever was stored: it must expect anything and leave what it does not
 * understand for the validator.
 */
export interface SettingsMigration {
  /** The version this step reads; it returns settings of version `from + 1`. */
  from: number;
  migrate(settings: Record<string, unknown>): Record<string, unknown>;
}

export const SETTINGS_MIGRATIONS: readonly SettingsMigration[] = [
  // v1 → v2: retention. Absent means "keep everything", which is what v1 did.
  { from: 1, migrate: (settings) => ({ ...settings, retentionMonths: 0 }) },
];

/** The version of stored settings: 1 when there is none (settings written before versions). */
export function settingsVersionOf(raw: Record<string, unknown>): number | undefined {
  if (!('version' in raw)) return 1;
  const version = raw.version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : undefined;
}

export type SettingsMigrationResult =
  | { ok: true; settings: Record<string, unknown>; from: number }
  | {
      ok: false;
      reason: 'not-an-object' | 'bad-version' | 'future-version' | 'missing-step' | 'step-failed';
    };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Runs the steps from the stored version up to `to` (SETTINGS_VERSION), one version at a time. */
export function migrateSettings(
  raw: unknown,
  migrations: readonly SettingsMigration[] = SETTINGS_MIGRATIONS,
  to: number = SETTINGS_VERSION,
): SettingsMigrationResult {
  if (!isRecord(raw)) return { ok: false, reason: 'not-an-object' };
  const from = settingsVersionOf(raw);
  if (from === undefined) return { ok: false, reason: 'bad-version' };
  if (from > to) return { ok: false, reason: 'future-version' };
  let current: Record<string, unknown> = { ...raw };
  for (let version = from; version < to; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return { ok: false, reason: 'missing-step' };
    try {
      current = { ...step.migrate(current), version: version + 1 };
    } catch {
      return { ok: false, reason: 'step-failed' };
    }
  }
  return { ok: true, settings: current, from };
}

/**
 * The field-by-field rescue of settings that do not validate as a whole: each valid field is kept,
 * each invalid or unknown one falls back to its default. A damaged value never loses the rest.
 */
export function salvageSettings(raw: Record<string, unknown>): Settings {
  const shape = SettingsSchema.shape;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (key === 'version' || !(key in raw)) continue;
    const field = shape[key].safeParse(raw[key]);
    if (field.success) out[key] = field.data;
  }
  const parsed = SettingsSchema.safeParse(out);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/**
 * Settings as stored (any version, or anything at all) → the current settings. Never throws:
 * what cannot be read falls back to the defaults, field by field.
 */
export function settingsFromStored(raw: unknown): Settings {
  if (raw === undefined || raw === null) return DEFAULT_SETTINGS;
  const migrated = migrateSettings(raw);
  if (!migrated.ok) return isRecord(raw) ? salvageSettings(raw) : DEFAULT_SETTINGS;
  const parsed = SettingsSchema.safeParse(migrated.settings);
  return parsed.success ? parsed.data : salvageSettings(migrated.settings);
}
