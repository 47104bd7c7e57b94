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

export const SettingsSchema = z
  .object({
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
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
