import { z } from 'zod';

const perNetwork = (x: boolean, instagram: boolean, facebook: boolean, linkedin: boolean) =>
  z
    .object({
      x: z.boolean().default(x),
      instagram: z.boolean().default(instagram),
      facebook: z.boolean().default(facebook),
      linkedin: z.boolean().default(linkedin),
    })
    .strict()
    .prefault({});

/**
 * The version of the stored settings (`{ version, ...fields }` in storage.local and in exports).
 * Bump it with a step in lib/settings/migrations.ts and a fixture in test/unit/settings/fixtures/.
 * v1: the fields without `version` (and without retention); v2: `retentionMonths`.
 */
export const SETTINGS_VERSION = 2;

/** The longest retention that can be chosen: ten years. */
export const MAX_RETENTION_MONTHS = 120;

export const SettingsSchema = z
  .object({
    /** Written with the settings so that later versions know how to migrate them. */
    version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
    /** A post's or profile's figures are stored again, even unchanged, after this many minutes. */
    snapshotIntervalMinutes: z.number().int().min(1).max(10080).default(60),
    /** Reading pages, per network. */
    collect: perNetwork(true, true, true, true),
    /**
     * On-page badges, per network. LinkedIn's user agreement forbids extensions that modify
     * its pages, so LinkedIn badges are off unless the user turns them on.
     */
    overlays: perNetwork(true, true, true, false),
    trackedHashtags: z.array(z.string().min(1).max(140)).max(200).default([]),
    /** UI language: the browser's by default. */
    language: z.enum(['auto', 'fr', 'en']).default('auto'),
    /** Readers say in the console which hook failed. */
    debug: z.boolean().default(false),
    /**
     * Readings older than this many months are deleted by the background (daily). 0 keeps
     * everything, which is the default.
     */
    retentionMonths: z.number().int().min(0).max(MAX_RETENTION_MONTHS).default(0),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export { DEFAULT_SETTINGS } from './settings-defaults';
