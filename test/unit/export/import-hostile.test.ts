import { exportJson } from '../../../lib/export/export-json';
import { importDocument, MAX_IMPORT_BYTES, type ImportResult } from '../../../lib/export/import';
import { findExcessiveNesting, parseUntrustedJson } from '../../../lib/export/safe-json';
import type { KpiLensDatabase } from '../../../lib/db/database';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import {
  account,
  content,
  documentWith,
  exact,
  post,
  postSnapshot,
  seedHistory,
  openTestDatabase,
  tableCounts,
} from './helpers';

let db: KpiLensDatabase;
beforeEach(async () => {
  db = openTestDatabase();
  await db.open();
  await seedHistory(db);
});
afterEach(async () => {
  await db.delete();
});

/** Imports `file` and checks it was refused with `code` and that the database did not change at all. */
async function expectRefused(file: Blob | string, code: string, options = {}) {
  const counts = await tableCounts(db);
  const before = await content(db);
  const result: ImportResult = await importDocument(db, file, options);
  expect(result.ok).toBe(false);
  expect(await tableCounts(db)).toEqual(counts);
  expect(await content(db)).toEqual(before);
  if (result.ok) throw new Error('accepted');
  expect(result.error.code).toBe(code);
  expect(result.error.message.fr).not.toBe('');
  expect(result.error.message.en).not.toBe('');
  return result.error;
}

const json = (overrides: Record<string, unknown>) => JSON.stringify(documentWith(overrides));

describe('importDocument refuses hostile or broken files and changes nothing', () => {
  it('a truncated file', async () => {
    const text = await (await exportJson(db, DEFAULT_SETTINGS)).text();
    const error = await expectRefused(text.slice(0, Math.floor(text.length / 2)), 'invalid-json');
    expect(error.message.en).toMatch(/^The file is incomplete or not valid JSON/);
    expect(error.message.fr).toMatch(/^Le fichier est incomplet ou n’est pas du JSON valide/);
  });

  it('an empty file and a file that is not an object', async () => {
    await expectRefused('', 'invalid-json');
    await expectRefused('[1,2,3]', 'not-a-document');
    await expectRefused('null', 'not-a-document');
  });

  it('another format', async () => {
    const error = await expectRefused(json({ format: 'other-tool' }), 'unknown-format');
    expect(error.path).toBe('format');
  });

  it('a version from the future, saying to update', async () => {
    const error = await expectRefused(json({ version: 2 }), 'future-version');
    expect(error.message.en).toContain('newer KPI Lens');
    expect(error.message.fr).toContain('version plus récente');
  });

  it('a version that is not a whole number', async () => {
    const error = await expectRefused(json({ version: '1' }), 'invalid-value');
    expect(error.message.en).toBe('version: expected a whole number');
    await expectRefused(json({ version: 0.5 }), 'invalid-value');
  });

  it('a date that is not a date, deep in a long file, naming where in both languages', async () => {
    const postSnapshots = Array.from({ length: 1300 }, (_, i) =>
      postSnapshot({ capturedAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString() }),
    );
    postSnapshots[1204] = postSnapshot({ capturedAt: 'mardi dernier' });
    const error = await expectRefused(json({ postSnapshots }), 'invalid-value');
    expect(error.path).toBe('postSnapshots[1204].capturedAt');
    expect(error.message.en).toMatch(/^postSnapshots\[1204\]\.capturedAt: not a date \(/);
    expect(error.message.fr).toMatch(/^postSnapshots\[1204\]\.capturedAt : pas une date \(/);
  });

  it('wrong types', async () => {
    const snapshot = {
      ...postSnapshot(),
      metrics: { likes: { value: '553', raw: '553', min: 553, max: 553 } },
    };
    const error = await expectRefused(json({ postSnapshots: [postSnapshot(), snapshot] }), 'invalid-value');
    expect(error.message).toEqual({
      en: 'postSnapshots[1].metrics.likes.value: expected a number',
      fr: 'postSnapshots[1].metrics.likes.value : nombre attendu',
    });
    await expectRefused(json({ posts: 'all of them' }), 'invalid-value');
    await expectRefused(json({ accounts: [{ ...account(), owned: 'yes' }] }), 'invalid-value');
  });

  it('a missing section or field', async () => {
    const { manualFigures: _omitted, ...withoutSection } = documentWith();
    const error = await expectRefused(JSON.stringify(withoutSection), 'invalid-value');
    expect(error.message).toEqual({ en: 'manualFigures: missing', fr: 'manualFigures : manquant' });
    const { network: _network, ...noNetwork } = post();
    const second = await expectRefused(json({ posts: [noNetwork] }), 'invalid-value');
    expect(second.message.en).toBe('posts[0].network: missing');
  });

  it('unknown fields, at the top or in a record', async () => {
    expect((await expectRefused(json({ extra: 1 }), 'invalid-value')).message.en).toBe(
      'extra: unknown field',
    );
    const withId = { ...postSnapshot(), id: 7 };
    expect((await expectRefused(json({ postSnapshots: [withId] }), 'invalid-value')).path).toBe(
      'postSnapshots[0].id',
    );
    const badMetric = postSnapshot({ metrics: { likes: exact(1), clicks: exact(2) } as never });
    expect((await expectRefused(json({ postSnapshots: [badMetric] }), 'invalid-value')).path).toBe(
      'postSnapshots[0].metrics.clicks',
    );
  });

  it('strings over the model limits', async () => {
    const error = await expectRefused(
      json({ postSnapshots: [postSnapshot({ metrics: { likes: exact(5, 'x'.repeat(201)) } })] }),
      'invalid-value',
    );
    expect(error.message.en).toBe('postSnapshots[0].metrics.likes.raw: too long (at most 200 characters)');
    expect(error.message.fr).toBe('postSnapshots[0].metrics.likes.raw : trop long (200 caractères au plus)');
    await expectRefused(
      json({ posts: [post({ hashtags: Array.from({ length: 101 }, (_, i) => `t${i}`) })] }),
      'invalid-value',
    );
  });

  it('a figure outside its own bounds', async () => {
    const broken = postSnapshot({ metrics: { likes: { value: 5, raw: '5', min: 6, max: 9 } } });
    const error = await expectRefused(json({ postSnapshots: [broken] }), 'invalid-value');
    expect(error.message.fr).toBe(
      'postSnapshots[0].metrics.likes : la valeur doit être comprise entre min et max',
    );
  });

  it('a snapshot of a post the file does not list', async () => {
    const error = await expectRefused(
      json({ postSnapshots: [postSnapshot({ postId: 'ghost' })] }),
      'unknown-post',
    );
    expect(error.path).toBe('postSnapshots[0].postId');
  });

  it.each([
    [
      '__proto__',
      'posts[0].__proto__',
      (key: string) => `{"format":"kpi-lens","version":1,"posts":[{"${key}":{"polluted":true}}]}`,
    ],
    [
      'constructor',
      'postSnapshots[0].metrics.constructor',
      (key: string) =>
        json({ postSnapshots: [{ ...postSnapshot(), metrics: `@@` }] }).replace(
          '"@@"',
          `{"${key}":{"prototype":{"polluted":true}}}`,
        ),
    ],
    ['prototype', 'prototype', (key: string) => `{"${key}":{"polluted":true},"format":"kpi-lens"}`],
  ])('a "%s" key anywhere, without polluting any object', async (key, path, build) => {
    const error = await expectRefused(build(key), 'forbidden-key');
    expect(error.path).toBe(path);
    expect(error.message.en).toContain(`"${key}"`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('a file over the size limit, refused from its size before it is read', async () => {
    const huge = new Blob(['{}']);
    Object.defineProperty(huge, 'size', { value: 200 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    const error = await expectRefused(huge, 'too-large');
    expect(read).not.toHaveBeenCalled();
    expect(error.message.en).toBe('File too large (200 MB): KPI Lens imports at most 150 MB.');
    expect(error.message.fr).toBe('Fichier trop volumineux (200 Mo) : KPI Lens importe au plus 150 Mo.');
    expect(MAX_IMPORT_BYTES).toBe(150 * 1024 * 1024);
    await expectRefused(json({}), 'too-large', { maxBytes: 100 });
  });

  it('a real 200 MB file', async () => {
    const megabyte = 'x'.repeat(1024 * 1024);
    const huge = new Blob(Array.from({ length: 200 }, () => megabyte));
    expect(huge.size).toBe(200 * 1024 * 1024);
    await expectRefused(huge, 'too-large');
  });

  it('junk nested a hundred thousand deep, without overflowing the stack', async () => {
    const deep = `{"format":"kpi-lens","version":1,"posts":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    await expectRefused(deep, 'too-deep');
    await expectRefused(`${'{"a":'.repeat(50)}1${'}'.repeat(50)}`, 'too-deep');
  });

  it('a file that cannot be read', async () => {
    const blob = new Blob(['{}']);
    vi.spyOn(blob, 'text').mockRejectedValue(new Error('NotReadableError'));
    await expectRefused(blob, 'unreadable');
  });
});

describe('parseUntrustedJson', () => {
  it('does not count brackets inside strings as nesting', () => {
    const text = JSON.stringify({ hashtags: ['[[[[[[[[[[', '{{{{{{{{{{"\\'] });
    expect(findExcessiveNesting(text, 2)).toBe(-1);
    expect(parseUntrustedJson(text, 2).ok).toBe(true);
    expect(findExcessiveNesting('[[[1]]]', 2)).toBe(2);
  });

  it('accepts forbidden words as values, only refusing them as keys', () => {
    const parsed = parseUntrustedJson('{"hashtags":["__proto__","constructor"],"a":{"prototypes":1}}');
    expect(parsed).toEqual({
      ok: true,
      value: { hashtags: ['__proto__', 'constructor'], a: { prototypes: 1 } },
    });
  });

  it('reports where a forbidden key hides inside arrays and odd keys', () => {
    const parsed = parseUntrustedJson('{"a b":[0,{"c":[{"__proto__":1}]}]}');
    expect(parsed).toEqual({
      ok: false,
      failure: { kind: 'forbidden-key', key: '__proto__', path: '["a b"][1].c[0].__proto__' },
    });
  });
});
