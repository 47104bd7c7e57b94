import { browser } from 'wxt/browser';
import type { Settings } from '../model/settings';
import { SETTINGS_KEY } from './key';

/**
 * The two settings the popup's first frame shows: its language and the hashtags its objectives'
 * figures count. They are read without Zod (the schemas and migrations are a chunk of their own,
 * loaded once the figures are on screen), so the first frame is in the user's language and its
 * figures are computed once, with the right hashtags. The full loader (lib/settings/store.ts)
 * reads them again later and has the last word.
 */
export type FirstFrameSettings = Pick<Settings, 'language' | 'trackedHashtags'>;

/**
 * The stored versions whose `language` and `trackedHashtags` mean what the current settings mean
 * by them: top level, same rules (lib/model/settings.ts). v1 → v2 left them alone. When
 * SETTINGS_VERSION is bumped, add it here only if its migration leaves these two fields alone too
 * (test/unit/settings/first-frame.test.ts fails until then). Any other version gets the defaults:
 * the full loader knows what to make of it.
 */
export const FIRST_FRAME_VERSIONS: readonly number[] = [1, 2];

/** The schema's bounds (lib/model/settings.ts `trackedHashtags`). */
const MAX_TRACKED_HASHTAGS = 200;
const MAX_HASHTAG_LENGTH = 140;

const defaults = (): FirstFrameSettings => ({ language: 'auto', trackedHashtags: [] });

function languageFrom(value: unknown): FirstFrameSettings['language'] {
  return value === 'auto' || value === 'fr' || value === 'en' ? value : 'auto';
}

function trackedHashtagsFrom(value: unknown): string[] {
  if (!Array.isArray(value) || value.length > MAX_TRACKED_HASHTAGS) return [];
  const tags: string[] = [];
  // By index, not `every`: a hole in a sparse array is a missing tag, which the schema rejects too.
  for (let i = 0; i < value.length; i++) {
    const tag: unknown = value[i];
    if (typeof tag !== 'string' || tag.length < 1 || tag.length > MAX_HASHTAG_LENGTH) return [];
    tags.push(tag);
  }
  return tags;
}

/**
 * Stored settings (untrusted: anything at all) → the first frame's fields. Each field that is not
 * exactly what the schema accepts falls back to its default on its own; settings of an unknown
 * version give the defaults. Never throws.
 */
export function firstFrameSettingsFrom(raw: unknown): FirstFrameSettings {
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return defaults();
    const stored = raw as Record<string, unknown>;
    // No `version` key: v1, written before settings carried one (lib/settings/migrations.ts).
    const version = 'version' in stored ? stored.version : 1;
    if (typeof version !== 'number' || !FIRST_FRAME_VERSIONS.includes(version)) return defaults();
    return {
      language: languageFrom(stored.language),
      trackedHashtags: trackedHashtagsFrom(stored.trackedHashtags),
    };
  } catch {
    // A getter or proxy that throws: not something storage gives back, but never a reason to fail.
    return defaults();
  }
}

/** Reads the first frame's fields from storage.local; the defaults if storage fails. Never rejects. */
export async function readFirstFrameSettings(): Promise<FirstFrameSettings> {
  try {
    const stored: unknown = await browser.storage.local.get(SETTINGS_KEY);
    const value =
      typeof stored === 'object' && stored !== null
        ? (stored as Record<string, unknown>)[SETTINGS_KEY]
        : undefined;
    return firstFrameSettingsFrom(value);
  } catch {
    return defaults();
  }
}
