/**
 * Writes docs/kpi-lens-export.schema.json from the Zod schema of the export document.
 * Run after any change to lib/model or lib/export/export-document.ts:
 *
 *   npx vite-node scripts/generate-export-schema.ts
 *
 * test/unit/export/schema-file.test.ts fails while the committed file and the Zod schema disagree.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { exportDocumentJsonSchema } from '../lib/export/export-document';

const target = fileURLToPath(new URL('../docs/kpi-lens-export.schema.json', import.meta.url));
const config = (await resolveConfig(target)) ?? {};
const text = await format(JSON.stringify(exportDocumentJsonSchema(), null, 2), { ...config, parser: 'json' });
writeFileSync(target, text);
console.log(`Wrote ${target}`);
