import {
  csvField,
  csvFileName,
  exportPostCsv,
  exportProfileCsv,
  postCsvHeaders,
  profileCsvHeaders,
} from '../../../lib/export/export-csv';
import type { KpiLensDatabase } from '../../../lib/db/database';
import { exact, openTestDatabase, post, postSnapshot, profileSnapshot, seedHistory } from './helpers';

let db: KpiLensDatabase;
beforeEach(async () => {
  db = openTestDatabase();
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

/** A strict RFC 4180 reader: quoted fields may hold separators, quotes (doubled) and line breaks. */
function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`bare line break at ${i}`);
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last row does not end with CRLF');
  return rows;
}

async function readCsv(blob: Blob, separator = ',') {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.charAt(0)).toBe('\uFEFF');
  const rows = parseCsv(text.slice(1), separator);
  const [header, ...body] = rows;
  for (const row of body) expect(row).toHaveLength(header?.length ?? 0);
  return {
    header: header ?? [],
    records: body.map((row) => Object.fromEntries(row.map((cell, i) => [header?.[i] ?? i, cell]))),
  };
}

describe('csvField', () => {
  it('quotes fields holding the separator, quotes or line breaks (RFC 4180)', () => {
    expect(csvField({ text: 'plain' })).toBe('plain');
    expect(csvField({ text: '1,2 k' })).toBe('"1,2 k"');
    expect(csvField({ text: '1,2 k' }, ';')).toBe('1,2 k');
    expect(csvField({ text: 'a;b' }, ';')).toBe('"a;b"');
    expect(csvField({ text: 'La "Boulangerie"' })).toBe('"La ""Boulangerie"""');
    expect(csvField({ text: 'two\nlines' })).toBe('"two\nlines"');
  });

  it.each(['=HYPERLINK("http://evil.example","click")', '+33 6 12', '-2+3', '@SUM(A1:A9)', '\tcmd', '\rcmd'])(
    'defuses the formula-looking page text %j with a leading apostrophe',
    (hostile) => {
      const field = csvField({ text: hostile });
      expect(field.replace(/^"/, '').startsWith(`'${hostile.charAt(0)}`)).toBe(true);
    },
  );

  it('writes numbers unformatted and unknown figures as empty', () => {
    expect(csvField(1234567)).toBe('1234567');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(0)).toBe('0');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });
});

describe('exportPostCsv', () => {
  it('names the columns in English or French', async () => {
    const english = postCsvHeaders('en');
    expect(english.slice(0, 10)).toEqual([
      'Network',
      'Post ID',
      'Author',
      'Post URL',
      'Published at (UTC)',
      'Captured at (UTC)',
      'Likes',
      'Likes min',
      'Likes max',
      'Likes (as shown)',
    ]);
    expect(postCsvHeaders('fr').slice(0, 10)).toEqual([
      'Réseau',
      'Identifiant de la publication',
      'Auteur',
      'URL de la publication',
      'Publiée le (UTC)',
      'Relevé le (UTC)',
      'J’aime',
      'J’aime min',
      'J’aime max',
      'J’aime (texte affiché)',
    ]);
    expect(english).toHaveLength(9 + 7 * 4);
    const { header } = await readCsv(await exportPostCsv(db, 'fr'));
    expect(header).toEqual(postCsvHeaders('fr'));
  });

  it('writes one row per snapshot with plain numbers, bounds, the raw text and the post it belongs to', async () => {
    await seedHistory(db);
    const { records } = await readCsv(await exportPostCsv(db, 'en'));
    expect(records).toHaveLength(4);
    const french = records.find((r) => r['Captured at (UTC)'] === '2026-11-20 09:00:00');
    expect(french).toMatchObject({
      Network: 'instagram',
      'Post ID': 'C0ffee',
      Author: 'la_boulangerie',
      'Post URL': 'https://www.instagram.com/p/C0ffee/',
      'Published at (UTC)': '2026-11-19 08:30:00',
      Likes: '1200',
      'Likes min': '1150',
      'Likes max': '1249',
      'Likes (as shown)': '1,2 k',
      Comments: '31',
      // Unknown is not zero.
      Views: '',
      'Views min': '',
      'Page language': 'fr-FR',
      'Reader version': '1',
    });
  });

  it('keeps hostile page text inert and whole, in a file that parses back', async () => {
    await db.posts.add(post({ postId: 'p1', author: '=cmd|calc' }));
    await db.postSnapshots.add(
      postSnapshot({
        postId: 'p1',
        author: '@evil',
        metrics: { likes: { value: 5, raw: '=1+1, "ha"\r\nnext', min: 5, max: 5 } },
      }),
    );
    const { records } = await readCsv(await exportPostCsv(db, 'en'));
    expect(records[0]).toMatchObject({
      Author: "'@evil",
      'Likes (as shown)': `'=1+1, "ha"\r\nnext`,
      Likes: '5',
    });
  });

  it('uses CRLF line ends, a byte-order mark, and a semicolon on request', async () => {
    await seedHistory(db);
    const blob = await exportPostCsv(db, 'fr', { separator: ';' });
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')).toHaveLength(6);
    const { records } = await readCsv(blob, ';');
    expect(records.map((r) => r['J’aime (texte affiché)'])).toContain('1,2 k');
  });

  it('reads the snapshots in chunks', async () => {
    await db.posts.add(post());
    await db.postSnapshots.bulkAdd(
      Array.from({ length: 5 }, (_, i) =>
        postSnapshot({ capturedAt: `2026-11-2${i}T10:00:00.000Z`, metrics: { likes: exact(i) } }),
      ),
    );
    const progress: number[] = [];
    const { records } = await readCsv(
      await exportPostCsv(db, 'en', { chunkSize: 2, onProgress: (p) => progress.push(p.rows) }),
    );
    expect(progress).toEqual([2, 4, 5]);
    expect(records.map((r) => r.Likes)).toEqual(['0', '1', '2', '3', '4']);
  });
});

describe('exportProfileCsv', () => {
  it('writes profile figures with French column names, an open-ended maximum left empty', async () => {
    await seedHistory(db);
    await db.profileSnapshots.add(profileSnapshot({ handle: '+33612345678', displayName: '-Promo-' }));
    const { header, records } = await readCsv(await exportProfileCsv(db, 'fr'));
    expect(header.slice(0, 8)).toEqual([
      'Réseau',
      'Compte',
      'Nom affiché',
      'Relevé le (UTC)',
      'Abonnés',
      'Abonnés min',
      'Abonnés max',
      'Abonnés (texte affiché)',
    ]);
    expect(header).toEqual(profileCsvHeaders('fr'));
    const linkedin = records.find((r) => r['Réseau'] === 'linkedin');
    expect(linkedin).toMatchObject({
      Relations: '500',
      'Relations min': '500',
      'Relations max': '',
      'Relations (texte affiché)': '500+ relations',
      Abonnés: '',
    });
    const hostile = records.find((r) => r['Nom affiché'] === "'-Promo-");
    expect(hostile?.Compte).toBe("'+33612345678");
    expect(profileCsvHeaders('en').slice(0, 5)).toEqual([
      'Network',
      'Account',
      'Display name',
      'Captured at (UTC)',
      'Followers',
    ]);
  });
});

describe('csvFileName', () => {
  it('names each file after its content and the local day', () => {
    expect(csvFileName('posts', new Date(2026, 10, 22, 23, 30))).toBe('kpi-lens-posts-2026-11-22.csv');
    expect(csvFileName('profiles', new Date(2026, 0, 2))).toBe('kpi-lens-profiles-2026-01-02.csv');
  });
});
