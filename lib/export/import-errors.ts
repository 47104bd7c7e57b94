import type { core } from 'zod';
import { formatPath, pathStep } from './safe-json';

/**
 * What the importer tells the user when it refuses a file: a stable code for the UI, the place in
 * the document (`postSnapshots[1204].capturedAt`), and a sentence in French and in English.
 * Text that comes from the file (keys, values) is quoted in the messages: render them as text.
 */
export type ImportErrorCode =
  | 'too-large'
  | 'unreadable'
  | 'invalid-json'
  | 'too-deep'
  | 'forbidden-key'
  | 'not-a-document'
  | 'unknown-format'
  | 'future-version'
  | 'unsupported-version'
  | 'migration-failed'
  | 'invalid-value'
  | 'unknown-post'
  | 'write-failed'
  | 'settings-failed';

export interface LocalizedText {
  fr: string;
  en: string;
}

export interface ImportError {
  code: ImportErrorCode;
  path?: string;
  message: LocalizedText;
}

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))}`;

export function tooLarge(size: number, limit: number): ImportError {
  return {
    code: 'too-large',
    message: {
      fr: `Fichier trop volumineux (${megabytes(size)} Mo) : KPI Lens importe au plus ${megabytes(limit)} Mo.`,
      en: `File too large (${megabytes(size)} MB): KPI Lens imports at most ${megabytes(limit)} MB.`,
    },
  };
}

export function unreadable(): ImportError {
  return {
    code: 'unreadable',
    message: { fr: 'Impossible de lire le fichier.', en: 'The file could not be read.' },
  };
}

export function invalidJson(position: number | undefined): ImportError {
  const near = (fr: boolean) =>
    position === undefined ? '' : fr ? ` (vers le caractère ${position})` : ` (near character ${position})`;
  return {
    code: 'invalid-json',
    message: {
      fr: `Le fichier est incomplet ou n’est pas du JSON valide${near(true)}.`,
      en: `The file is incomplete or not valid JSON${near(false)}.`,
    },
  };
}

export function tooDeep(limit: number): ImportError {
  return {
    code: 'too-deep',
    message: {
      fr: `Le fichier imbrique ses données sur plus de ${limit} niveaux : ce n’est pas un export KPI Lens.`,
      en: `The file nests its data more than ${limit} levels deep: it is not a KPI Lens export.`,
    },
  };
}

export function forbiddenKey(path: string, key: string): ImportError {
  return {
    code: 'forbidden-key',
    path,
    message: {
      fr: `${path} : la clé « ${key} » est interdite ; fichier refusé.`,
      en: `${path}: the key "${key}" is not allowed; file refused.`,
    },
  };
}

export function notADocument(): ImportError {
  return {
    code: 'not-a-document',
    message: {
      fr: 'Ce fichier n’est pas un export KPI Lens (un objet JSON est attendu).',
      en: 'This file is not a KPI Lens export (a JSON object is expected).',
    },
  };
}

export function unknownFormat(): ImportError {
  return {
    code: 'unknown-format',
    path: 'format',
    message: {
      fr: 'format : ce fichier n’est pas un export KPI Lens (« format » doit valoir "kpi-lens").',
      en: 'format: this file is not a KPI Lens export ("format" must be "kpi-lens").',
    },
  };
}

export function futureVersion(version: number, current: number): ImportError {
  return {
    code: 'future-version',
    path: 'version',
    message: {
      fr: `version : ce fichier a été écrit par une version plus récente de KPI Lens (format ${version}) ; celle-ci lit jusqu’au format ${current}. Mettez l’extension à jour puis réessayez.`,
      en: `version: this file was written by a newer KPI Lens (format ${version}); this one reads up to format ${current}. Update the extension and try again.`,
    },
  };
}

export function unsupportedVersion(version: number): ImportError {
  return {
    code: 'unsupported-version',
    path: 'version',
    message: {
      fr: `version : le format ${version} n’est pas pris en charge.`,
      en: `version: format ${version} is not supported.`,
    },
  };
}

export function migrationFailed(from: number): ImportError {
  return {
    code: 'migration-failed',
    path: 'version',
    message: {
      fr: `version : la conversion depuis le format ${from} a échoué ; le fichier est sans doute abîmé.`,
      en: `version: converting from format ${from} failed; the file is probably damaged.`,
    },
  };
}

export function unknownPost(path: string, postId: string): ImportError {
  const id = JSON.stringify(postId.length > 60 ? `${postId.slice(0, 60)}…` : postId);
  return {
    code: 'unknown-post',
    path,
    message: {
      fr: `${path} : aucune publication ${id} dans « posts ».`,
      en: `${path}: no post ${id} in "posts".`,
    },
  };
}

export function writeFailed(reason: string): ImportError {
  return {
    code: 'write-failed',
    message: {
      fr: `L’enregistrement a échoué ; rien n’a été modifié. (${reason})`,
      en: `Saving failed; nothing was changed. (${reason})`,
    },
  };
}

export function settingsFailed(): ImportError {
  return {
    code: 'settings-failed',
    message: {
      fr: 'Les données ont été importées, mais les réglages n’ont pas pu être enregistrés.',
      en: 'The data was imported, but the settings could not be saved.',
    },
  };
}

/** A problem with one value: `path: what`. */
export function invalidValue(path: string, what: LocalizedText): ImportError {
  return {
    code: 'invalid-value',
    path,
    message: { fr: `${path} : ${what.fr}`, en: `${path}: ${what.en}` },
  };
}

const EXPECTED: Record<string, LocalizedText> = {
  string: { fr: 'texte attendu', en: 'expected text' },
  number: { fr: 'nombre attendu', en: 'expected a number' },
  int: { fr: 'nombre entier attendu', en: 'expected a whole number' },
  boolean: { fr: 'true ou false attendu', en: 'expected true or false' },
  array: { fr: 'liste attendue', en: 'expected a list' },
  object: { fr: 'objet attendu', en: 'expected an object' },
  record: { fr: 'objet attendu', en: 'expected an object' },
  null: { fr: 'null attendu', en: 'expected null' },
};

/** Refinements of the model schemas whose messages we translate. */
const CUSTOM: Record<string, LocalizedText> = {
  'value must lie within min..max': {
    fr: 'la valeur doit être comprise entre min et max',
    en: 'value must lie within min..max',
  },
};

const listOf = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let here = root;
  for (const key of path) {
    if (typeof here !== 'object' || here === null || typeof key === 'symbol') return undefined;
    here = Object.hasOwn(here, key) ? (here as Record<string | number, unknown>)[key] : undefined;
  }
  return here;
}

/** What is wrong, in a few words, for one Zod issue on `input`. */
export function describeIssue(issue: core.$ZodIssue, input: unknown): LocalizedText {
  const absent = valueAt(input, issue.path) === undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (absent) return { fr: 'manquant', en: 'missing' };
      return (
        EXPECTED[issue.expected] ?? { fr: `${issue.expected} attendu`, en: `expected ${issue.expected}` }
      );
    case 'invalid_format':
      if (issue.format === 'datetime') {
        return {
          fr: 'pas une date (ISO 8601 en UTC attendue, p. ex. 2026-11-20T10:00:00.000Z)',
          en: 'not a date (ISO 8601 in UTC expected, e.g. 2026-11-20T10:00:00.000Z)',
        };
      }
      return { fr: `format ${issue.format} attendu`, en: `expected the ${issue.format} format` };
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string')
        return { fr: `trop long (${max} caractères au plus)`, en: `too long (at most ${max} characters)` };
      if (issue.origin === 'array')
        return { fr: `trop d’éléments (${max} au plus)`, en: `too many items (at most ${max})` };
      return { fr: `trop grand (${max} au plus)`, en: `too large (at most ${max})` };
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string')
        return issue.minimum === 1
          ? { fr: 'vide', en: 'empty' }
          : { fr: `trop court (${min} caractères au moins)`, en: `too short (at least ${min} characters)` };
      if (issue.origin === 'array')
        return { fr: `trop peu d’éléments (${min} au moins)`, en: `too few items (at least ${min})` };
      return { fr: `trop petit (${min} au moins)`, en: `too small (at least ${min})` };
    }
    case 'invalid_value':
      if (absent) return { fr: 'manquant', en: 'missing' };
      return {
        fr: `doit valoir l’un de : ${listOf(issue.values)}`,
        en: `must be one of: ${listOf(issue.values)}`,
      };
    case 'unrecognized_keys':
      return { fr: 'champ inconnu', en: 'unknown field' };
    case 'invalid_key':
      return { fr: 'nom non autorisé', en: 'name not allowed' };
    case 'custom':
      return CUSTOM[issue.message] ?? { fr: 'valeur refusée', en: 'value refused' };
    default:
      return { fr: 'valeur invalide', en: 'invalid value' };
  }
}

/** The path of an issue below `prefix` (e.g. `postSnapshots[3]`), naming an unknown key itself. */
export function issuePath(prefix: string, issue: core.$ZodIssue): string {
  const steps = [prefix];
  for (const key of issue.path) steps.push(pathStep(typeof key === 'symbol' ? String(key) : key, false));
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined)
    steps.push(pathStep(issue.keys[0], false));
  return formatPath(steps);
}
